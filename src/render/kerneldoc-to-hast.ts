/**
 * Kernel-doc text (a summary, a parameter description, a `Return:` section or a body) → hast,
 * the way docs.kernel.org renders it: `%CONST`, `@param`, `&struct name`, `func()`, `$ENV`, rst inline
 * markup, `::` literal blocks and simple bullet lists. Text stays text: hast-util-to-html escapes
 * it, so markup written inside a comment (`<script>`) can never reach the page as HTML.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface KernelDocHastOptions {
  /** The page of a function named `name()` in the text, when it is a kfunc. */
  linkFunction?: (name: string) => string | undefined;
  /** 1-based line of the text's first line in its source file, copied onto block positions. */
  line?: number;
}

/**
 * One inline token per alternative; order matters: a literal (``x``) wins over what it contains.
 * `@param` and `%CONST` must not follow a word character (e-mail addresses, `100%`).
 */
const INLINE = new RegExp(
  [
    /``(?<literal>.+?)``/.source,
    /`(?<linkText>[^`<]+?)\s*<(?<linkUrl>[^`>]+)>`__?/.source,
    /:c:(?:func|type|macro|data|member):`(?<role>[^`]+)`/.source,
    /(?<![\w@%])@(?<param>[A-Za-z_]\w*|\.\.\.)/.source,
    /(?<![\w%])%(?<constant>[A-Za-z_][\w-]*)/.source,
    /&(?<aggregate>(?:struct|union|enum|typedef)\s+[A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)*)/.source,
    /&(?<type>[A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)*)/.source,
    /(?<![\w.>])(?<func>[A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)*)\(\)/.source,
    /(?<![\w$])\$(?<env>[A-Za-z_]\w*)/.source,
    /\*\*(?<strong>[^*\s](?:[^*]*[^*\s])?)\*\*/.source,
    /(?<![\w*])\*(?<em>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])/.source,
    /(?<url>\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:])/.source,
  ].join('|'),
  'g',
);

function element(tagName: string, className: string | null, children: ElementContent[], extra: Record<string, string> = {}): Element {
  return {
    type: 'element',
    tagName,
    properties: { ...(className ? { className: [className] } : {}), ...extra },
    children,
  };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const code = (value: string, className: string): Element => element('code', className, [text(value)]);

/** Inline markup of one paragraph's text → phrasing content. */
export function kernelDocInline(source: string, options: KernelDocHastOptions = {}): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    const g = m.groups ?? {};
    if (m.index > last) out.push(text(source.slice(last, m.index)));
    last = m.index + m[0].length;
    if (g.literal !== undefined) out.push(code(g.literal, 'kd-literal'));
    else if (g.linkUrl !== undefined) out.push(element('a', null, [text(g.linkText)], { href: g.linkUrl }));
    else if (g.role !== undefined) out.push(functionRef(g.role.replace(/\(\)$/, ''), g.role, options));
    else if (g.param !== undefined) out.push(element('strong', 'kd-param', [text(g.param)]));
    else if (g.constant !== undefined) out.push(code(g.constant, 'kd-const'));
    else if (g.aggregate !== undefined) out.push(code(g.aggregate.replace(/\s+/, ' '), 'kd-type'));
    else if (g.type !== undefined) out.push(code(g.type, 'kd-type'));
    else if (g.func !== undefined) out.push(functionRef(g.func, `${g.func}()`, options));
    else if (g.env !== undefined) out.push(code(`$${g.env}`, 'kd-env'));
    else if (g.strong !== undefined) out.push(element('strong', null, [text(g.strong)]));
    else if (g.em !== undefined) out.push(element('em', null, [text(g.em)]));
    else if (g.url !== undefined) out.push(element('a', null, [text(g.url)], { href: g.url }));
  }
  if (last < source.length) out.push(text(source.slice(last)));
  return out;
}

function functionRef(name: string, label: string, options: KernelDocHastOptions): Element {
  const shown = code(label, 'kd-func');
  const href = options.linkFunction?.(name);
  return href ? element('a', 'kd-kfunc', [shown], { href }) : shown;
}

interface Block {
  kind: 'paragraph' | 'literal' | 'list' | 'enumerated';
  lines: string[];
  start: number;
}

const indentOf = (line: string) => /^[ \t]*/.exec(line.replace(/\t/g, '        '))![0].length;
const BULLET = /^\s*[-*+]\s+/;
/** `1.` or `1)`: an item of an enumerated list, whose items may stand in paragraphs of their own. */
const ENUMERATOR = /^\s*(\d+)[.)]\s+/;
/** The item number a line starts with, or undefined when it starts no enumerated item. */
const enumeratorOf = (line: string): number | undefined => {
  const m = ENUMERATOR.exec(line);
  return m ? Number(m[1]) : undefined;
};

/** Groups lines into paragraphs, literal blocks (after `::`), bullet lists and enumerated lists. */
function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  let literalNext = false;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const start = i;
    if (literalNext || /^\s*\.\. code-block::/.test(lines[i])) {
      if (!literalNext) i++;
      const base = indentOf(lines[i] ?? '');
      const body: string[] = [];
      while (i < lines.length && (lines[i].trim() === '' || indentOf(lines[i]) >= base)) body.push(lines[i++]);
      while (body.length && body[body.length - 1].trim() === '') body.pop();
      blocks.push({ kind: 'literal', lines: dedent(body), start });
      literalNext = false;
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== '') para.push(lines[i++]);
    const previous = blocks.at(-1);
    const number = enumeratorOf(para[0]);
    if (number !== undefined && previous?.kind === 'enumerated' && number === lastEnumerator(previous) + 1) {
      // The next item after a blank line: the same list, as docutils reads it.
      previous.lines.push(...para);
    } else {
      blocks.push({ kind: BULLET.test(para[0]) ? 'list' : number === undefined ? 'paragraph' : 'enumerated', lines: para, start });
    }
    literalNext = /::\s*$/.test(para[para.length - 1]);
  }
  return blocks;
}

function lastEnumerator(block: Block): number {
  const numbers = block.lines.map(enumeratorOf).filter((n): n is number => n !== undefined);
  return numbers[numbers.length - 1];
}

function dedent(lines: string[]): string[] {
  const expanded = lines.map((l) => l.replace(/^\t+/, (t) => '        '.repeat(t.length)));
  const cut = Math.min(...expanded.filter((l) => l.trim()).map(indentOf));
  return expanded.map((l) => l.slice(cut));
}

/** `Example::` keeps one colon; a lone `::` disappears, as in docutils. */
function stripLiteralMarker(paragraph: string): string {
  return paragraph.replace(/\s*::\s*$/, (m) => (/^\s*::\s*$/.test(paragraph) || /\s::/.test(m) ? '' : ':'));
}

function position(start: number, end: number, options: KernelDocHastOptions) {
  const base = options.line ?? 1;
  return { start: { line: base + start, column: 1 }, end: { line: base + end, column: 1 } };
}

function listItems(lines: string[], options: KernelDocHastOptions, marker = BULLET): Element[] {
  const items: string[][] = [];
  for (const line of lines) {
    if (marker.test(line)) items.push([line.replace(marker, '')]);
    else items[items.length - 1].push(line.trim());
  }
  return items.map((item) => element('li', null, kernelDocInline(item.join(' '), options)));
}

/**
 * Renders kernel-doc text as block content (`<p>`, `<pre><code>`, `<ul>`, `<ol>`).
 * @example toHtml(kernelDocToHast('Return: %NULL if @p is gone.')) // '<p>Return: <code class="kd-const">NULL</code> if <strong class="kd-param">p</strong> is gone.</p>'
 */
export function kernelDocToHast(source: string, options: KernelDocHastOptions = {}): Root {
  const children: RootContent[] = [];
  for (const block of toBlocks(source.replace(/\r\n?/g, '\n').split('\n'))) {
    const where = position(block.start, block.start + block.lines.length - 1, options);
    if (block.kind === 'literal') {
      // tabindex: a literal block may scroll sideways, and keyboard users must reach it.
      const pre = element('pre', 'kd-literal-block', [code(block.lines.join('\n'), 'language-c')], { tabIndex: '0' });
      children.push({ ...pre, position: where });
    } else if (block.kind === 'list') {
      children.push({ ...element('ul', null, listItems(block.lines, options)), position: where });
    } else if (block.kind === 'enumerated') {
      const first = enumeratorOf(block.lines[0]);
      const ol = element('ol', null, listItems(block.lines, options, ENUMERATOR), first !== 1 ? { start: String(first) } : undefined);
      children.push({ ...ol, position: where });
    } else {
      const joined = stripLiteralMarker(block.lines.map((l) => l.trim()).join(' '));
      if (joined) children.push({ ...element('p', null, kernelDocInline(joined, options)), position: where });
    }
  }
  return { type: 'root', children };
}
