/**
 * Directive blocks → argument, options and content, read from the raw block the way docutils'
 * parse_directive_block does (restructured hands them over as unlabelled lines and drops blank
 * lines). `.. kernel-doc:: kernel/bpf/helpers.c` + `:identifiers: a b` becomes argument
 * `kernel/bpf/helpers.c` and option `identifiers` = `a b`.
 */
import type { RstBlock, RstDirective, RstDirectiveOption, RstRoot } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';

/** Directives that take no argument: text after `::` is already content. */
const NO_ARGUMENT = new Set([
  'note', 'warning', 'attention', 'caution', 'danger', 'error', 'hint', 'important', 'tip',
  'seealso', 'toctree', 'glossary', 'hlist', 'compound', 'epigraph', 'highlights', 'pull-quote',
  'line-block', 'parsed-literal', 'sectnum', 'header', 'footer',
]);

const FIRST_LINE = /^(\s*)\.\.\s+([^\s:]+(?::[^\s:]+)*)::(.*)$/;
const OPTION = /^:([^:\s][^:]*):(?:\s+(.*))?$/;

export function structureDirectives(root: RstRoot): RstRoot {
  return mapTree(root, { block: (b: RstBlock) => (b.type === 'directive' ? structureDirective(b) : b) });
}

export function structureDirective(node: RstDirective): RstDirective {
  const lines = node.raw.split('\n');
  const first = FIRST_LINE.exec(lines[0] ?? '');
  if (!first) return node;
  const startLine = node.position.start.line;
  const indent = directiveIndent(node.raw);
  const firstColumn = lines[0].length - first[3].trimStart().length + 1;
  // Lines of the directive block, dedented, each with its source line number and column.
  const block = [
    { text: first[3].trim(), line: startLine, column: firstColumn },
    ...lines.slice(1).map((l, i) => ({ text: l.slice(indent), line: startLine + 1 + i, column: indent + 1 })),
  ];
  if (block[0].text === '') block.shift();
  const blankAt = block.findIndex((l) => l.text.trim() === '');
  let head = blankAt === -1 ? block : block.slice(0, blankAt);
  let content = blankAt === -1 ? [] : block.slice(blankAt + 1);
  const optionsAt = head.findIndex((l) => OPTION.test(l.text));
  const options = optionsAt === -1 ? [] : readOptions(head.slice(optionsAt));
  head = optionsAt === -1 ? head : head.slice(0, optionsAt);
  if (NO_ARGUMENT.has(node.name) && head.length) {
    content = [...head, ...(blankAt === -1 ? [] : block.slice(blankAt))];
    head = [];
  }
  while (content.length && content[0].text.trim() === '') content.shift();
  while (content.length && content[content.length - 1].text.trim() === '') content.pop();
  return {
    ...node,
    argument: head.map((l) => l.text.trim()).join(' '),
    options,
    content: content.map((l) => l.text).join('\n'),
    contentStart: content.length ? { line: content[0].line, column: content[0].column } : null,
  };
}

/** How far the lines after `.. name::` are indented (the directive's block indentation). */
export function directiveIndent(raw: string): number {
  const [first = '', ...body] = raw.split('\n');
  const indents = body.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length);
  return indents.length ? Math.min(...indents) : /^\s*/.exec(first)![0].length + 3;
}

function readOptions(lines: { text: string; line: number; column: number }[]): RstDirectiveOption[] {
  const options: RstDirectiveOption[] = [];
  for (const l of lines) {
    const m = OPTION.exec(l.text);
    if (m) options.push({ name: m[1].trim().toLowerCase(), value: (m[2] ?? '').trim(), line: l.line });
    else if (options.length) {
      const last = options[options.length - 1];
      last.value = `${last.value} ${l.text.trim()}`.trim();
    }
  }
  return options;
}
