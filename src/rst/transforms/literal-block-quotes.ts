/**
 * A paragraph ending in `::` on a line of its own ("The flow looks like:" + "::") makes the
 * indented block after it a literal block in docutils; restructured reads that block as a block
 * quote and parses the diagram inside as rst, and a blank line inside the diagram splits it into
 * two quotes or literal blocks (btf.rst's "Application:" / "Introspection tool:"). It runs, as in
 * docutils, over every line indented deeper than the paragraph, blank lines included; its text is
 * taken back from the source, and the blocks restructured made of its later lines are dropped.
 */
import type { RstBlock, RstRoot } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';
import { blockEnd, endsInLiteralMarker, firstNonBlank, indentOf, lastSourceLine } from './source-lines.ts';

export function literalBlockQuotes(root: RstRoot, lines: readonly string[]): RstRoot {
  return mapTree(root, {
    siblings: (children) => {
      const out: RstBlock[] = [];
      for (let i = 0; i < children.length; i++) {
        const marker = children[i - 1];
        const block = children[i];
        // A block quote, or a literal block the unknown-block recovery made of part of the text.
        if ((block.type !== 'block_quote' && block.type !== 'literal_block') || !isMarked(marker, lines)) {
          out.push(block);
          continue;
        }
        const literal = toLiteral(block, lastSourceLine(marker!, lines), markerIndent(marker!, lines), lines);
        out.push(literal);
        // Blocks restructured made of the literal block's later lines.
        const within = (b: RstBlock | undefined) => b && b.position.start.line < literal.position.end.line && ['block_quote', 'literal_block', 'unknown'].includes(b.type);
        while (within(children[i + 1])) i++;
      }
      return out;
    },
  });
}

function isMarked(previous: RstBlock | undefined, lines: readonly string[]): boolean {
  return previous?.type === 'paragraph' && endsInLiteralMarker(previous, lines);
}

/**
 * The indentation of the paragraph's text, which the literal block must exceed: its first line's,
 * or its column when it follows a list marker ("- Example::" has its text at column 3).
 */
function markerIndent(paragraph: RstBlock, lines: readonly string[]): number {
  const line = firstNonBlank(paragraph.position.start.line, lines);
  const column = paragraph.position.start.line === line ? paragraph.position.start.column - 1 : 0;
  return Math.max(indentOf(lines[line - 1] ?? ''), column);
}

function toLiteral(block: RstBlock, markerLine: number, outer: number, lines: readonly string[]): RstBlock {
  // restructured may start the block on the marker's own line.
  const first = firstNonBlank(Math.max(block.position.start.line, markerLine + 1), lines);
  const last = blockEnd(first, outer + 1, lines);
  const body = lines.slice(first - 1, last);
  const indent = Math.min(...body.filter((l) => l.trim()).map(indentOf));
  return { type: 'literal_block', position: { start: block.position.start, end: { line: last + 1, column: 1 } }, value: body.map((l) => l.slice(indent)).join('\n') };
}
