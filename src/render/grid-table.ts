/**
 * Grid tables (`+---+---+`), read with docutils' algorithm (GridTableParser): from each corner,
 * scan right, down, left and up for the smallest closed cell; cell edges become row and column
 * separators; spans fall out of how many separators a cell covers.
 */
import type { FragmentLine } from './parse-fragments.ts';
import { cellBlock, type TableCell, type TableModel } from './table-model.ts';

const HEAD_SEPARATOR = /^\+=[=+]+=\+ *$/;

export const isGridTableStart = (line: string): boolean => /^\+-[-+]*\+\s*$/.test(line);

/** The table, or undefined when the text is not a well-formed grid table. */
export function parseGridTable(lines: readonly FragmentLine[]): TableModel | undefined {
  const width = lines[0]?.text.trimEnd().length ?? 0;
  if (lines.length < 3 || width < 3) return undefined;
  const block = lines.map((l) => l.text.trimEnd().padEnd(width));
  const headAt = block.findIndex((l, i) => i > 0 && HEAD_SEPARATOR.test(l));
  if (headAt !== -1) block[headAt] = block[headAt].replace(/=/g, '-');
  const grid = new Grid(block);
  const cells = grid.parse();
  if (!cells) return undefined;
  const rowSeps = [...grid.rowSeps].sort((a, b) => a - b);
  const colSeps = [...grid.colSeps].sort((a, b) => a - b);
  const rows: TableCell[][] = rowSeps.slice(1).map(() => []);
  for (const c of cells) {
    const row = rowSeps.indexOf(c.top);
    rows[row][colSeps.indexOf(c.left)] = {
      lines: cellBlock(lines, c.top + 1, c.bottom, c.left + 1, c.right),
      rowspan: rowSeps.indexOf(c.bottom) - row,
      colspan: colSeps.indexOf(c.right) - colSeps.indexOf(c.left),
    };
  }
  return { headRows: headAt === -1 ? 0 : rowSeps.indexOf(headAt), rows: rows.map((r) => r.filter(Boolean)) };
}

interface Cell {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

class Grid {
  readonly rowSeps = new Set([0]);
  readonly colSeps = new Set([0]);
  private readonly bottom: number;
  private readonly right: number;
  private readonly done: number[];
  private readonly block: readonly string[];

  constructor(block: readonly string[]) {
    this.block = block;
    this.bottom = block.length - 1;
    this.right = block[0].length - 1;
    this.done = Array.from({ length: this.right + 1 }, () => -1);
  }

  parse(): Cell[] | undefined {
    const cells: Cell[] = [];
    const corners: [number, number][] = [[0, 0]];
    while (corners.length) {
      const [top, left] = corners.shift()!;
      if (top === this.bottom || left === this.right || top <= this.done[left]) continue;
      const cell = this.scanRight(top, left);
      if (!cell) continue;
      for (let col = left; col < cell.right; col++) this.done[col] = cell.bottom - 1;
      cells.push(cell);
      corners.push([top, cell.right], [cell.bottom, left]);
      corners.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    }
    // Every column must have been closed down to the last line.
    return this.done.slice(0, this.right).every((d) => d === this.bottom - 1) ? cells : undefined;
  }

  private scanRight(top: number, left: number): Cell | undefined {
    const line = this.block[top];
    for (let i = left + 1; i <= this.right; i++) {
      if (line[i] === '+') {
        const bottom = this.scanDown(top, left, i);
        if (bottom !== undefined) {
          this.colSeps.add(i);
          return { top, left, bottom, right: i };
        }
      } else if (line[i] !== '-') return undefined;
    }
    return undefined;
  }

  private scanDown(top: number, left: number, right: number): number | undefined {
    for (let i = top + 1; i <= this.bottom; i++) {
      const ch = this.block[i][right];
      if (ch === '+') {
        if (this.scanLeft(top, left, i, right)) {
          this.rowSeps.add(i);
          return i;
        }
      } else if (ch !== '|') return undefined;
    }
    return undefined;
  }

  private scanLeft(top: number, left: number, bottom: number, right: number): boolean {
    const line = this.block[bottom];
    const seps: number[] = [];
    for (let i = right - 1; i > left; i--) {
      if (line[i] === '+') seps.push(i);
      else if (line[i] !== '-') return false;
    }
    if (line[left] !== '+') return false;
    const rows: number[] = [];
    for (let i = bottom - 1; i > top; i--) {
      const ch = this.block[i][left];
      if (ch === '+') rows.push(i);
      else if (ch !== '|') return false;
    }
    seps.forEach((s) => this.colSeps.add(s));
    rows.forEach((r) => this.rowSeps.add(r));
    return true;
  }
}
