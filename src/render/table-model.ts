import type { FragmentLine } from './parse-fragments.ts';

export interface TableCell {
  /** The cell's text, dedented, each line placed in the source. */
  lines: FragmentLine[];
  rowspan: number;
  colspan: number;
}

/** A parsed table: rows of cells (a spanned-over slot has no cell), the first `headRows` of them the header. */
export interface TableModel {
  headRows: number;
  rows: TableCell[][];
}

/** Lines [top, bottom) cut to columns [left, right), right-trimmed and dedented together, as docutils' get_2D_block. */
export function cellBlock(lines: readonly FragmentLine[], top: number, bottom: number, left: number, right: number): FragmentLine[] {
  const cut = lines.slice(top, bottom).map((l) => ({ ...l, text: l.text.slice(left, right).trimEnd(), column: l.column + left }));
  const indents = cut.filter((l) => l.text !== '').map((l) => /^ */.exec(l.text)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  return cut.map((l) => (l.text === '' ? l : { ...l, text: l.text.slice(indent), column: l.column + indent }));
}
