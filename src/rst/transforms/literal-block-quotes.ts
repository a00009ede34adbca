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

const indentOf = (text: string): number => text.length - text.trimStart().length;

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
        const literal = toLiteral(block, lastLine(marker!, lines), markerIndent(marker!, lines), lines);
        out.push(literal);
        // Blocks restructured made of the literal block's later lines.
        const within = (b: RstBlock | undefined) => b && b.position.start.line < literal.position.end.line && ['block_quote', 'literal_block', 'unknown'].includes(b.type);
        while (within(children[i + 1])) i++;
      }
      return out;
    },
  });
}

/** The paragraph's last non-blank source line. */
function lastLine(paragraph: RstBlock, lines: readonly string[]): number {
  let line = paragraph.position.end.line - (paragraph.position.end.column === 1 ? 1 : 0);
  while (line > paragraph.position.start.line && (lines[line - 1] ?? '').trim() === '') line--;
  return line;
}

function isMarked(previous: RstBlock | undefined, lines: readonly string[]): boolean {
  if (previous?.type !== 'paragraph') return false;
  return /::\s*$/.test(lines[lastLine(previous, lines) - 1] ?? '');
}

/**
 * The indentation of the paragraph's text, which the literal block must exceed: its first line's,
 * or its column when it follows a list marker ("- Example::" has its text at column 3).
 */
function markerIndent(paragraph: RstBlock, lines: readonly string[]): number {
  let line = paragraph.position.start.line;
  while (line < lines.length && (lines[line - 1] ?? '').trim() === '') line++;
  const column = paragraph.position.start.line === line ? paragraph.position.start.column - 1 : 0;
  return Math.max(indentOf(lines[line - 1] ?? ''), column);
}

function toLiteral(block: RstBlock, markerLine: number, outer: number, lines: readonly string[]): RstBlock {
  // restructured may start the block on the marker's own line.
  let first = Math.max(block.position.start.line, markerLine + 1);
  while (first < lines.length && (lines[first - 1] ?? '').trim() === '') first++;
  let last = first;
  for (let line = first + 1; line <= lines.length; line++) {
    const text = lines[line - 1];
    if (text.trim() === '') continue;
    if (indentOf(text) <= outer) break;
    last = line;
  }
  const body = lines.slice(first - 1, last);
  const indent = Math.min(...body.filter((l) => l.trim()).map(indentOf));
  return { type: 'literal_block', position: { start: block.position.start, end: { line: last + 1, column: 1 } }, value: body.map((l) => l.slice(indent)).join('\n') };
}
