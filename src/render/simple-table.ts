/**
 * Simple tables (`=====  =====`), read as docutils' SimpleTableParser does: columns from the top
 * border, a line whose first column is blank continues the row above, a `-----` line gives the
 * row above its column spans, an `=====` line inside the table ends the header.
 */
import type { FragmentLine } from './parse-fragments.ts';
import { cellBlock, type TableCell, type TableModel } from './table-model.ts';

const BORDER = /^=+(?: +=+)* *$/;
const SPANS = /^-+(?: +-+)* *$/;

export const isSimpleTableStart = (line: string): boolean => BORDER.test(line);

interface Row {
  top: number;
  bottom: number;
  /** Start columns of its cells (more than one column when spanned). */
  spans: [number, number][];
}

export function parseSimpleTable(lines: readonly FragmentLine[]): TableModel | undefined {
  if (lines.length < 3 || !BORDER.test(lines[0].text) || !BORDER.test(lines[lines.length - 1].text)) return undefined;
  const borders = [...lines[0].text.matchAll(/=+/g)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const starts = borders.map(([start]) => start);
  const columns: [number, number][] = starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] : Infinity]);
  const rows: Row[] = [];
  let headRows = 0;
  for (let i = 1; i < lines.length - 1; i++) {
    const text = lines[i].text;
    if (BORDER.test(text) && text.trim()) {
      headRows = rows.length;
      continue;
    }
    const last = rows[rows.length - 1];
    if (SPANS.test(text) && text.trim() && last) {
      last.spans = [...text.matchAll(/-+/g)].map((m) => spanOf(borders, m.index, m.index + m[0].length));
      continue;
    }
    const continues = text.slice(0, starts[1] ?? Infinity).trim() === '';
    if (continues && last) last.bottom = i + 1;
    else if (text.trim()) rows.push({ top: i, bottom: i + 1, spans: columns.map((_, c) => [c, c + 1]) });
  }
  const toCells = (row: Row): TableCell[] =>
    row.spans.map(([from, to]) => ({
      lines: cellBlock(lines, row.top, row.bottom, columns[from][0], columns[to - 1][1]),
      rowspan: 1,
      colspan: to - from,
    }));
  return { headRows, rows: rows.map(toCells) };
}

/** The columns a `----` run covers: every column whose `====` border it overlaps. */
function spanOf(borders: readonly [number, number][], from: number, to: number): [number, number] {
  const covered = borders.flatMap(([start, end], i) => (from < end && to > start ? [i] : []));
  return covered.length ? [covered[0], covered[covered.length - 1] + 1] : [0, 1];
}
