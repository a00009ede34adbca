/**
 * Reading the document's own lines (1-based, tabs expanded), for the repairs of what restructured
 * misreads: indentation, where a block's text starts and ends, and the `::` literal marker.
 */
import type { RstBlock } from '../rst-tree.ts';

export const indentOf = (text: string): number => text.length - text.trimStart().length;

const blankAt = (line: number, lines: readonly string[]): boolean => (lines[line - 1] ?? '').trim() === '';

/** The first non-blank line from `line` on: restructured starts a block at the blank line before it. */
export function firstNonBlank(line: number, lines: readonly string[]): number {
  while (line < lines.length && blankAt(line, lines)) line++;
  return line;
}

/**
 * The last line of the block starting at `first` that holds every following line indented by
 * `indent` or more, blank lines inside it included, as docutils bounds an indented block.
 */
export function blockEnd(first: number, indent: number, lines: readonly string[]): number {
  let last = first;
  for (let line = first + 1; line <= lines.length; line++) {
    if (blankAt(line, lines)) continue;
    if (indentOf(lines[line - 1]) < indent) break;
    last = line;
  }
  return last;
}

/** A paragraph's last non-blank source line (restructured ends it at the start of the next line). */
export function lastSourceLine(paragraph: RstBlock, lines: readonly string[]): number {
  let line = paragraph.position.end.line - (paragraph.position.end.column === 1 ? 1 : 0);
  while (line > paragraph.position.start.line && blankAt(line, lines)) line--;
  return line;
}

/** Whether a paragraph's last source line ends in `::`, the literal block's marker. */
export function endsInLiteralMarker(paragraph: RstBlock, lines: readonly string[]): boolean {
  return /::\s*$/.test(lines[lastSourceLine(paragraph, lines) - 1] ?? '');
}
