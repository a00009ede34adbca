/**
 * restructured's untyped nodes → the typed RstNode tree. Where restructured is lossy (directive
 * blocks and literal blocks lose blank lines or arrive as one text per line) the text is read
 * back from the source lines instead; everything else is kept as restructured read it and fixed
 * by the transforms in transforms/.
 */
import { parseInlineLine } from './parse-inline-line.ts';
import { indentOf } from './transforms/source-lines.ts';
import type { RestructuredNode, RestructuredPoint } from './restructured.ts';
import type { RstBlock, RstInline, RstListItem, RstDefinitionListItem, RstPoint, RstPosition } from './rst-tree.ts';

export interface SourceWindow {
  /** The lines positions refer to (the document, or the body being parsed); line n is `lines[n - 1]`. */
  lines: readonly string[];
  /** Added to restructured's lines: the parsed text started at line `lineShift + 1`. */
  lineShift: number;
  /** Added to restructured's columns: the parsed text was dedented by this much. */
  columnShift: number;
}

export function fromRestructured(root: RestructuredNode, source: SourceWindow): RstBlock[] {
  return blocks(root.children ?? [], source);
}

function point(p: RestructuredPoint, s: SourceWindow): RstPoint {
  return { line: p.line + s.lineShift, column: p.column + s.columnShift };
}

function position(node: RestructuredNode, s: SourceWindow): RstPosition {
  return { start: point(node.position.start, s), end: point(node.position.end, s) };
}

function textOf(node: RestructuredNode): string {
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Source lines [from, to) of the document (1-based), trailing blank lines dropped. */
function sourceLines(s: SourceWindow, from: number, to: number): string[] {
  const out = s.lines.slice(from - 1, Math.max(from - 1, to - 1));
  while (out.length && out[out.length - 1].trim() === '') out.pop();
  return out;
}

function dedent(lines: string[]): string {
  while (lines.length && lines[0].trim() === '') lines.shift();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

function blocks(nodes: RestructuredNode[], s: SourceWindow): RstBlock[] {
  const out: RstBlock[] = [];
  nodes.forEach((node) => {
    if (node.type === 'section') {
      // A title our scanner did not take (docutils would not either): keep its text and body.
      const [title, ...body] = node.children ?? [];
      if (title) out.push(titleAsParagraph(title, s));
      out.push(...blocks(body, s));
      return;
    }
    const block = toBlock(node, s);
    if (block.type === 'literal_block') restoreColon(out.at(-1), s, block.position.start);
    out.push(block);
  });
  return out;
}

/**
 * A "title" docutils reads as a paragraph: its lines, the text's inline markup read (restructured
 * leaves a title's markup unread). An underline of `::` is the paragraph's literal marker
 * ("Sign extend ``A``:" + "::" in instruction-set.rst), dropped as docutils drops it, so that the
 * indented block after it is read as a literal block (literal-block-quotes.ts).
 */
function titleAsParagraph(title: RestructuredNode, s: SourceWindow): RstBlock {
  const pos = position(title, s);
  const line = s.lines[pos.start.line - 1];
  const under = s.lines[pos.start.line];
  if (line === undefined || under === undefined || line.trim() === '') return { type: 'paragraph', position: pos, children: inlines(title.children ?? [], s) };
  const column = indentOf(line) + 1;
  const children = parseInlineLine(line.trim(), { line: pos.start.line, column });
  const end = { line: pos.start.line + 1, column: under.length + 1 };
  const rest: RstInline[] = under.trim() === '::' ? [] : [{ type: 'text', position: { start: { line: pos.start.line + 1, column: 1 }, end }, value: `\n${under.trim()}` }];
  return { type: 'paragraph', position: { start: { line: pos.start.line, column }, end }, children: [...children, ...rest] };
}

function toBlock(node: RestructuredNode, s: SourceWindow): RstBlock {
  const pos = position(node, s);
  const children = node.children ?? [];
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', position: pos, children: inlines(children, s) };
    case 'bullet_list':
      return { type: 'bullet_list', position: pos, bullet: node.bullet ?? '-', children: listItems(children, s) };
    case 'enumerated_list':
      return { type: 'enumerated_list', position: pos, children: listItems(children, s) };
    case 'definition_list':
      return { type: 'definition_list', position: pos, children: children.map((c) => definitionItem(c, s)) };
    case 'block_quote':
      return { type: 'block_quote', position: pos, children: blocks(children, s) };
    case 'literal_block':
      return literalBlock(node, s);
    case 'comment':
      return { type: 'comment', position: pos, value: children.map(textOf).join('\n') };
    case 'directive':
      return {
        type: 'directive',
        position: pos,
        name: node.directive ?? '',
        raw: sourceLines(s, pos.start.line, pos.end.line).join('\n'),
        argument: '',
        options: [],
        content: '',
        contentStart: null,
        children: [],
      };
    case 'transition':
      return { type: 'transition', position: pos };
    default:
      return { type: 'unknown', position: pos, value: sourceLines(s, pos.start.line, pos.end.line).join('\n'), children: [] };
  }
}

function literalBlock(node: RestructuredNode, s: SourceWindow): RstBlock {
  const pos = position(node, s);
  // The block starts on the `::` line; its text is the indented lines after it.
  return { type: 'literal_block', position: pos, value: dedent(sourceLines(s, pos.start.line + 1, pos.end.line)) };
}

/** docutils shows `Para::` as "Para:" (and `Para ::` as "Para"); restructured drops both colons. */
function restoreColon(previous: RstBlock | undefined, s: SourceWindow, at: RstPoint): void {
  const last = previous?.type === 'paragraph' ? previous.children.at(-1) : undefined;
  if (last?.type === 'text' && last.position.end.line === at.line && /\S::\s*$/.test(s.lines[at.line - 1] ?? '')) {
    last.value = `${last.value}:`;
  }
}

function listItems(nodes: RestructuredNode[], s: SourceWindow): RstListItem[] {
  return nodes.map((n) => ({ type: 'list_item', position: position(n, s), children: blocks(n.children ?? [], s) }));
}

function definitionItem(node: RestructuredNode, s: SourceWindow): RstDefinitionListItem {
  const children = node.children ?? [];
  const term = children.find((c) => c.type === 'term');
  const definition = children.find((c) => c.type === 'definition');
  return {
    type: 'definition_list_item',
    position: position(node, s),
    term: inlines(term?.children ?? [], s),
    children: blocks(definition?.children ?? [], s),
  };
}

function inlines(nodes: RestructuredNode[], s: SourceWindow): RstInline[] {
  return nodes.map((node) => toInline(node, s));
}

function toInline(node: RestructuredNode, s: SourceWindow): RstInline {
  const pos = position(node, s);
  const children = node.children ?? [];
  switch (node.type) {
    case 'emphasis':
      return { type: 'emphasis', position: pos, children: inlines(children, s) };
    case 'strong':
      return { type: 'strong', position: pos, children: inlines(children, s) };
    case 'literal':
      return { type: 'literal', position: pos, value: textOf(node) };
    case 'interpreted_text':
      return { type: 'role', position: pos, role: node.role ?? null, value: textOf(node) };
    case 'reference':
      return hyperlink(textOf(node), pos);
    case 'footnote_reference':
      return { type: 'footnote_reference', position: pos, label: textOf(node) };
    case 'substitution_reference':
      return { type: 'substitution_reference', position: pos, name: textOf(node) };
    default:
      return { type: 'text', position: pos, value: textOf(node) };
  }
}

function hyperlink(text: string, position: RstPosition): RstInline {
  const embedded = /^([\s\S]*?)\s*<([^<>]+)>$/.exec(text);
  if (embedded) {
    const uri = embedded[2].replace(/\s+/g, '');
    const title = embedded[1] || uri;
    return /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.includes('/')
      ? { type: 'reference', position, text: title, refuri: uri, refname: null }
      : { type: 'reference', position, text: title, refuri: null, refname: uri.replace(/_$/, '').toLowerCase() };
  }
  return { type: 'reference', position, text, refuri: null, refname: text.toLowerCase().split(/\s+/).join(' ') };
}
