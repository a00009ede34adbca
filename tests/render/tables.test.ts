import { describe, expect, it } from 'vitest';
import { parseGridTable } from '../../src/render/grid-table.ts';
import { parseSimpleTable } from '../../src/render/simple-table.ts';
import type { TableModel } from '../../src/render/table-model.ts';

const lines = (text: string, line = 10, column = 4) => text.split('\n').map((t, i) => ({ text: t, line: line + i, column }));
const texts = (model: TableModel | undefined) => model?.rows.map((r) => r.map((c) => `${c.lines.map((l) => l.text).filter(Boolean).join('/')}${c.rowspan > 1 ? ` r${c.rowspan}` : ''}${c.colspan > 1 ? ` c${c.colspan}` : ''}`));

describe('grid tables', () => {
  const grid = [
    '+-----+-----+-----+',
    '| a   | b   | c   |',
    '+=====+=====+=====+',
    '| d   | e         |',
    '+     +-----+-----+',
    '|     | f   | g   |',
    '+-----+-----+-----+',
  ].join('\n');

  it('reads header rows, row spans and column spans as docutils does', () => {
    const model = parseGridTable(lines(grid));
    expect(model?.headRows).toBe(1);
    expect(texts(model)).toEqual([['a', 'b', 'c'], ['d r2', 'e c2'], ['f', 'g']]);
  });

  it('places each cell line in the source', () => {
    const cell = parseGridTable(lines(grid))!.rows[1][1];
    expect(cell.lines[0]).toEqual({ text: 'e', line: 13, column: 4 + 8 });
  });

  it('refuses a table whose cells do not close', () => {
    expect(parseGridTable(lines('+-----+-----+\n| a   | b    \n+-----+-----+'))).toBeUndefined();
  });
});

describe('simple tables', () => {
  it('reads the header, continuation lines and a last column that runs past its border', () => {
    const model = parseSimpleTable(lines(['=====  =====', 'kfunc  flags', '=====  =====', 'a      0x1 and more', '       0x2', 'b      0x4', '=====  ====='].join('\n')));
    expect(model?.headRows).toBe(1);
    expect(texts(model)).toEqual([['kfunc', 'flags'], ['a', '0x1 and more/0x2'], ['b', '0x4']]);
  });

  it('reads column spans from a dash line under a row', () => {
    const model = parseSimpleTable(lines(['=====  =====  =====', 'both          c', '------------  -----', 'x      y      z', '=====  =====  ====='].join('\n')));
    expect(texts(model)).toEqual([['both c2', 'c'], ['x', 'y', 'z']]);
  });
});
