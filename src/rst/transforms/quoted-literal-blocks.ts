/**
 * restructured misreads a paragraph ending in `::` inside a block quote or a list item: the quote
 * or the list ends with that paragraph, and a literal block placed *beside* it swallows the rest
 * of the quote or item (the literal text, the next paragraphs, their own literal blocks).
 * classic_vs_extended.rst's list item "Introduces bpf_call insn …" with "consider three C
 * functions::" is one. The stray block's position overlaps the container's, which a right tree
 * never has. The quote's or the last item's extent is read again from the source (the lines at
 * its content's indentation or deeper, blank lines included, as docutils bounds them) and its
 * content parsed dedented, where restructured reads literal blocks right. A list restructured
 * restarted after the stray block is joined to the list it continues. Runs after
 * recoverUnknownBlocks, which makes the definition lists restructured gives up on.
 */
import { parseBlocks } from '../parse-blocks.ts';
import type { RstBlock, RstBlockQuote, RstBulletList, RstDefinitionList, RstDefinitionListItem, RstEnumeratedList, RstListItem, RstRoot } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';
import { recoverUnknownBlocks } from './recover-unknown-blocks.ts';
import { blockEnd, endsInLiteralMarker, firstNonBlank, indentOf } from './source-lines.ts';

/** A list item's first line: the marker and the spaces after it, which set the item's content column. */
const ITEM_MARKER = /^(\s*)(?:[-*+\u2022\u2023\u2043]|\(?(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)])(\s+|$)/;

export function quotedLiteralBlocks(root: RstRoot, lines: readonly string[]): RstRoot {
  return mapTree(root, { siblings: (children) => fix(children, lines) });
}

type List = RstBulletList | RstEnumeratedList;

/** The last paragraph at the end of a block, however deep (a list's last item's last paragraph). */
function lastParagraph(block: RstBlock): RstBlock | undefined {
  if (block.type === 'paragraph') return block;
  const children = 'children' in block ? (block.children as RstBlock[]) : [];
  const last = children[children.length - 1];
  return last && last.type !== 'paragraph' && !('children' in last) ? undefined : last && lastParagraph(last);
}

/** Whether a block ends with a paragraph whose last source line ends in `::` (a literal marker). */
function endsWithMarkedParagraph(block: RstBlock, lines: readonly string[]): boolean {
  const paragraph = lastParagraph(block);
  return paragraph !== undefined && endsInLiteralMarker(paragraph, lines);
}

function fix(children: RstBlock[], lines: readonly string[]): RstBlock[] {
  const out: RstBlock[] = [];
  for (let i = 0; i < children.length; i++) {
    let block = children[i];
    for (;;) {
      const next = children[i + 1];
      // The bug's signature: the container ends with a `::` paragraph, and the block after it
      // (a literal block, or a block quote when the literal text parsed as rst) starts inside it.
      const swallowed =
        (next?.type === 'literal_block' || next?.type === 'block_quote') && next.position.start.line <= block.position.end.line && endsWithMarkedParagraph(block, lines);
      const repaired = !swallowed
        ? undefined
        : block.type === 'block_quote'
          ? reparseQuote(block, lines)
          : isList(block)
            ? reparseLastItem(block, lines)
            : block.type === 'definition_list'
              ? reparseLastDefinition(block, lines)
              : undefined;
      if (!repaired) break;
      i++;
      block = repaired;
      // The items after the swallowed part, which restructured started a new list with (and
      // whose last item may have swallowed the next part: the loop looks again).
      const after = children[i + 1];
      const continues =
        after?.type === repaired.type && (isList(repaired) || repaired.type === 'definition_list') && (after.type !== 'bullet_list' || after.bullet === (repaired as RstBulletList).bullet);
      if (continues) {
        block = { ...repaired, position: { start: repaired.position.start, end: after.position.end }, children: [...repaired.children, ...after.children] } as RstBlock;
        i++;
      }
    }
    out.push(block);
  }
  return out;
}

const isList = (block: RstBlock): block is List => block.type === 'bullet_list' || block.type === 'enumerated_list';

function parseDedented(first: number, last: number, indent: number, lines: readonly string[], firstLine = lines[first - 1]): RstBlock[] {
  const text = [firstLine, ...lines.slice(first, last)].map((l) => l.slice(indent)).join('\n');
  const parsed = parseBlocks(`${text}\n`, { lines, lineShift: first - 1, columnShift: indent });
  const position = { start: { line: first, column: 1 }, end: { line: last + 1, column: 1 } };
  return fix(recoverUnknownBlocks({ type: 'root', position, children: parsed }, lines).children, lines);
}

/**
 * A block quote runs over the lines indented deeper than the text it follows (blank lines
 * included) and is dedented by the least indentation among them: " * item" after "    ::"
 * belongs to the same quote, one level up from the `::`'s own.
 */
function reparseQuote(quote: RstBlockQuote, lines: readonly string[]): RstBlockQuote | undefined {
  const first = firstNonBlank(quote.position.start.line, lines);
  const own = indentOf(lines[first - 1] ?? '');
  if (own === 0) return undefined;
  let outer = 0;
  for (let line = first - 1; line >= 1; line--) {
    const text = lines[line - 1];
    if (text.trim() !== '' && indentOf(text) < own) {
      outer = indentOf(text);
      break;
    }
  }
  const last = blockEnd(first, outer + 1, lines);
  const indent = Math.min(...lines.slice(first - 1, last).filter((l) => l.trim() !== '').map(indentOf));
  const children = parseDedented(first, last, indent, lines);
  if (!children.length) return undefined;
  return { ...quote, position: { start: { line: first, column: indent + 1 }, end: { line: last + 1, column: 1 } }, children };
}

function reparseLastItem(list: List, lines: readonly string[]): List | undefined {
  const item = list.children[list.children.length - 1];
  if (!item) return undefined;
  const first = firstNonBlank(item.position.start.line, lines);
  const marker = ITEM_MARKER.exec(lines[first - 1] ?? '');
  if (!marker) return undefined;
  const indent = marker[0].length;
  const last = blockEnd(first, indent, lines);
  // The marker becomes spaces: the item's first line is content like the others.
  const children = parseDedented(first, last, indent, lines, ' '.repeat(indent) + (lines[first - 1] ?? '').slice(indent));
  if (!children.length) return undefined;
  const repaired: RstListItem = { ...item, position: { start: item.position.start, end: { line: last + 1, column: 1 } }, children };
  return { ...list, position: { start: list.position.start, end: repaired.position.end }, children: [...list.children.slice(0, -1), repaired] } as List;
}

function reparseLastDefinition(list: RstDefinitionList, lines: readonly string[]): RstDefinitionList | undefined {
  const item = list.children[list.children.length - 1];
  if (!item) return undefined;
  const term = firstNonBlank(item.position.start.line, lines);
  const first = firstNonBlank(term + 1, lines);
  const indent = indentOf(lines[first - 1] ?? '');
  if (first === term + 1 ? indent <= indentOf(lines[term - 1] ?? '') : true) return undefined;
  const last = blockEnd(first, indent, lines);
  const children = parseDedented(first, last, indent, lines);
  if (!children.length) return undefined;
  const repaired: RstDefinitionListItem = { ...item, position: { start: item.position.start, end: { line: last + 1, column: 1 } }, children };
  return { ...list, position: { start: list.position.start, end: repaired.position.end }, children: [...list.children.slice(0, -1), repaired] };
}

