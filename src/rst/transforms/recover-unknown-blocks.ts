/**
 * restructured gives up ("unknown") on a few constructs docutils reads fine, mostly a line
 * followed by an indented block without a blank line between — a definition list item in
 * docutils (`The encoding:` + indented `* ``type``: …`). Such a block is split into its items
 * and each part parsed again; a block that still fails stays unknown.
 */
import { parseBlocks } from '../parse-blocks.ts';
import { parseInlineLine } from '../parse-inline-line.ts';
import type { RstBlock, RstDefinitionListItem, RstListItem, RstParagraph, RstRoot, RstUnknown } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';
import { indentOf } from './source-lines.ts';

interface Line {
  text: string;
  line: number;
}

export function recoverUnknownBlocks(root: RstRoot, lines: readonly string[]): RstRoot {
  return mapTree(root, { block: (b) => (b.type === 'unknown' ? recover(b, lines) : b) });
}

const blank = (l: Line): boolean => l.text.trim() === '';

function recover(node: RstUnknown, lines: readonly string[]): RstBlock | RstBlock[] {
  const all = node.value.split('\n').map((text, i) => ({ text, line: node.position.start.line + i }));
  const body = all.filter((l) => !blank(l));
  if (!body.length) return node;
  const base = Math.min(...body.map((l) => indentOf(l.text)));
  if (base > 0 && afterLiteralMarker(lines, body[0].line, base)) return literal(node, body, base);
  const list = indentOf(body[0].text) === base ? bulletList(all, base, lines) : undefined;
  if (list && !hasUnknown(list)) return list;
  const recovered = base > 0 ? blockQuote(all, base, lines) : items(all, lines);
  if (!recovered.some(hasUnknown)) return recovered;
  return { ...node, children: body.map((l) => lineParagraph(l, indentOf(l.text))) };
}

/**
 * An indented block after a paragraph ending in `::` is a literal block, even when no blank
 * line separates the `::` from the paragraph, and across blank lines inside the block.
 */
function afterLiteralMarker(lines: readonly string[], line: number, indent: number): boolean {
  for (let i = line - 2; i >= 0; i--) {
    if (lines[i].trim() !== '' && indentOf(lines[i]) < indent) return /::\s*$/.test(lines[i]);
  }
  return false;
}

function literal(node: RstUnknown, body: Line[], indent: number): RstBlock {
  const first = body[0].line;
  const last = body[body.length - 1].line;
  const value = node.value
    .split('\n')
    .slice(first - node.position.start.line, last - node.position.start.line + 1)
    .map((l) => l.slice(indent))
    .join('\n');
  return { type: 'literal_block', position: node.position, value };
}

function lineParagraph(l: Line, indent: number): RstParagraph {
  const start = { line: l.line, column: indent + 1 };
  return {
    type: 'paragraph',
    position: { start, end: { line: l.line, column: l.text.length + 1 } },
    children: parseInlineLine(l.text.trim(), start),
  };
}

/** How deep a recovery may recover what it parses in turn (a list in a definition in a list …). */
const MAX_DEPTH = 4;
let depth = 0;

/** Parses lines dedented by `indent`; what restructured gives up on is recovered in turn, to MAX_DEPTH. */
function parse(part: Line[], lines: readonly string[], indent: number): RstBlock[] {
  while (part.length && blank(part[0])) part = part.slice(1);
  if (!part.length) return [];
  const text = part.map((l) => l.text.slice(indent)).join('\n');
  const blocks = parseBlocks(`${text}\n`, { lines, lineShift: part[0].line - 1, columnShift: indent });
  if (depth >= MAX_DEPTH) return blocks;
  depth++;
  try {
    return blocks.flatMap((b) => (b.type === 'unknown' ? [recover(b, lines)].flat() : [b]));
  } finally {
    depth--;
  }
}

const BULLET_ITEM = /^(\s*)([-*+])(\s+)\S/;

/**
 * A bullet list restructured cannot read: an item whose text goes on in a line indented deeper
 * than the item's own text (btf.rst's "``size``: total section size … patched" + "to actual size
 * by BPF loaders"). docutils reads such an item as a definition list (the first line the term,
 * the deeper lines its definition), and so does this.
 */
function bulletList(all: Line[], base: number, lines: readonly string[]): RstBlock | undefined {
  const first = all.find((l) => !blank(l));
  const marker = first && BULLET_ITEM.exec(first.text);
  if (!first || !marker || marker[1].length !== base) return undefined;
  const items: Line[][] = [];
  for (const l of all) {
    const m = BULLET_ITEM.exec(l.text);
    if (m && m[1].length === base && m[2] === marker[2]) items.push([l]);
    else if (items.length) items[items.length - 1].push(l);
    else if (!blank(l)) return undefined;
  }
  const children: RstListItem[] = items.map((item) => {
    const m = BULLET_ITEM.exec(item[0].text)!;
    const column = m[1].length + m[2].length + m[3].length;
    const head = { text: ' '.repeat(column) + item[0].text.slice(column), line: item[0].line };
    const tail = item.slice(1);
    while (tail.length && blank(tail[tail.length - 1])) tail.pop();
    const deeper = tail.length > 0 && !blank(tail[0]) && indentOf(tail[0].text) > column;
    const body: RstBlock[] = deeper ? [definitionList(definitionItem(head, tail, lines, column))] : parse([head, ...tail], lines, column);
    const end = body.at(-1)?.position.end ?? { line: item[0].line + 1, column: 1 };
    return { type: 'list_item', position: { start: { line: item[0].line, column: base + 1 }, end }, children: body };
  });
  if (!children.length) return undefined;
  return { type: 'bullet_list', bullet: marker[2], position: { start: children[0].position.start, end: children[children.length - 1].position.end }, children };
}

function definitionList(item: RstDefinitionListItem): RstBlock {
  return { type: 'definition_list', position: item.position, children: [item] };
}

function blockQuote(all: Line[], indent: number, lines: readonly string[]): RstBlock[] {
  const children = parse(all, lines, indent);
  if (!children.length) return [];
  const position = { start: children[0].position.start, end: children[children.length - 1].position.end };
  return [{ type: 'block_quote', position, children }];
}

/** Splits at column-0 lines that follow a blank line; a head line with an indented tail is a definition. */
function items(all: Line[], lines: readonly string[]): RstBlock[] {
  const groups: Line[][] = [];
  all.forEach((l, i) => {
    const starts = !blank(l) && indentOf(l.text) === 0 && (i === 0 || blank(all[i - 1]) || groups.length === 0);
    if (starts) groups.push([l]);
    else if (groups.length) groups[groups.length - 1].push(l);
  });
  const out: RstBlock[] = [];
  for (const group of groups) {
    const tail = group.slice(1);
    if (!tail.length || blank(tail[0]) || indentOf(tail[0].text) === 0) {
      out.push(...parse(group, lines, 0));
      continue;
    }
    const item = definitionItem(group[0], tail, lines);
    const last = out[out.length - 1];
    if (last?.type === 'definition_list') {
      out[out.length - 1] = { ...last, position: { ...last.position, end: item.position.end }, children: [...last.children, item] };
    } else out.push({ type: 'definition_list', position: item.position, children: [item] });
  }
  return out;
}

function definitionItem(head: Line, tail: Line[], lines: readonly string[], headIndent = 0): RstDefinitionListItem {
  const [term] = parse([head], lines, headIndent);
  const indent = Math.min(...tail.filter((l) => !blank(l)).map((l) => indentOf(l.text)));
  const children = parse(tail, lines, indent);
  const end = children.at(-1)?.position.end ?? { line: head.line + 1, column: 1 };
  return {
    type: 'definition_list_item',
    position: { start: { line: head.line, column: headIndent + 1 }, end },
    term: term?.type === 'paragraph' ? term.children : [{ type: 'text', position: { start: { line: head.line, column: headIndent + 1 }, end: { line: head.line, column: head.text.length + 1 } }, value: head.text.slice(headIndent) }],
    children,
  };
}

function hasUnknown(block: RstBlock): boolean {
  if (block.type === 'unknown') return true;
  if (block.type === 'paragraph' || !('children' in block)) return false;
  return block.children.some(hasUnknown);
}
