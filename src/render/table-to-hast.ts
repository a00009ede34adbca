/**
 * Tables. restructured hands grid and simple tables over as paragraphs of raw text, so they are
 * re-read from the source here (docutils' algorithms in grid-table.ts / simple-table.ts) and
 * every cell's text parsed as rst, all cells of a table in one go.
 */
import type { ElementContent } from 'hast';
import { expandTabs } from '../rst/expand-tabs.ts';
import type { RstParseCache } from '../rst/parse-chunk.ts';
import type { RstBlock, RstParagraph, RstPosition, RstUnknown } from '../rst/rst-tree.ts';
import { paragraphContent } from './paragraph-content.ts';
import { isGridTableStart, parseGridTable } from './grid-table.ts';
import { h, text } from './hast-builders.ts';
import { parseFragments, type FragmentLine } from './parse-fragments.ts';
import type { RenderState } from './render-state.ts';
import { isSimpleTableStart, parseSimpleTable } from './simple-table.ts';
import type { TableModel } from './table-model.ts';

/** A cell ready to render: its blocks and spans. */
export interface RenderCell {
  blocks: RstBlock[];
  rowspan: number;
  colspan: number;
  position: RstPosition;
}

export interface RenderTable {
  headRows: number;
  rows: RenderCell[][];
  caption?: string;
  /** Leading columns rendered as header cells (list-table's `:stub-columns:`). */
  stubColumns?: number;
}

export const looksLikeTable = (firstLine: string): boolean => isGridTableStart(firstLine) || isSimpleTableStart(firstLine);

/** Table text (its lines placed in the source) → the table, or undefined when it is malformed. */
export function readTable(lines: readonly FragmentLine[], file: string, cache?: RstParseCache): Omit<RenderTable, 'caption'> | undefined {
  const model: TableModel | undefined = isGridTableStart(lines[0]?.text ?? '') ? parseGridTable(lines) : parseSimpleTable(lines);
  if (!model) return undefined;
  const cells = model.rows.flat();
  const blocks = parseFragments(cells.map((c) => c.lines), file, cache);
  let k = 0;
  const rows = model.rows.map((row) =>
    row.map((cell) => {
      const first = cell.lines[0] ?? lines[0];
      const last = cell.lines[cell.lines.length - 1] ?? first;
      const position = { start: { line: first.line, column: first.column }, end: { line: last.line, column: last.column + last.text.length } };
      return { blocks: blocks[k++], rowspan: cell.rowspan, colspan: cell.colspan, position };
    }),
  );
  return { headRows: model.headRows, rows };
}

export function tableToHast(table: RenderTable, position: RstPosition, state: RenderState): ElementContent[] {
  const row = (cells: RenderCell[], head: boolean) =>
    h('tr', {}, cells.map((cell, i) => {
      const only = cell.blocks.length === 1 && cell.blocks[0].type === 'paragraph' ? cell.blocks[0] : undefined;
      const children = only ? paragraphContent(only.children, state) : state.all(cell.blocks);
      const spans = { ...(cell.colspan > 1 ? { colSpan: cell.colspan } : {}), ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}) };
      return h(head || i < (table.stubColumns ?? 0) ? 'th' : 'td', spans, children, cell.position);
    }));
  const head = table.rows.slice(0, table.headRows);
  const body = table.rows.slice(table.headRows);
  const parts: ElementContent[] = [
    ...(table.caption ? [h('caption', {}, [text(table.caption)])] : []),
    ...(head.length ? [h('thead', {}, head.map((r) => row(r, true)))] : []),
    h('tbody', {}, body.map((r) => row(r, false))),
  ];
  return [h('div', { className: ['table-wrapper'] }, [h('table', { className: ['docutils'] }, parts, position)], position)];
}

/** A paragraph that is really a table: the table, or its text as written when it is malformed. */
export function tableFromParagraph(node: RstParagraph, state: RenderState): ElementContent[] | undefined {
  const first = node.children[0];
  if (first?.type !== 'text' || !looksLikeTable(first.value.split('\n')[0])) return undefined;
  const { source } = state.context;
  if (source === undefined) return [h('pre', { className: ['table-text'] }, paragraphContent(node.children, state), node.position)];
  return tableFromLines(sourceLines(source, node.position), node.position, state);
}

/** A block restructured gave up on (it does on some simple tables) that is a table. */
export function tableFromUnknown(node: RstUnknown, state: RenderState): ElementContent[] | undefined {
  const { line, column } = node.position.start;
  const lines = node.value.split('\n').map((text, i) => ({ text, line: line + i, column }));
  while (lines.length && lines[0].text.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].text.trim() === '') lines.pop();
  return lines.length && looksLikeTable(lines[0].text) ? tableFromLines(lines, node.position, state) : undefined;
}

function tableFromLines(lines: FragmentLine[], position: RstPosition, state: RenderState): ElementContent[] {
  const table = readTable(lines, state.context.path, state.context.parseCache);
  if (table) return tableToHast(table, position, state);
  return [h('pre', { className: ['table-text'] }, [text(lines.map((l) => l.text).join('\n'))], position)];
}

function sourceLines(source: string, position: RstPosition): FragmentLine[] {
  const from = position.start.line;
  const to = position.end.column === 1 ? position.end.line - 1 : position.end.line;
  const indent = position.start.column - 1;
  const all = source.split('\n', to);
  const lines = all.slice(from - 1, to).map((l, i) => ({ text: expandTabs(l.replace(/\r$/, '')).slice(indent), line: from + i, column: indent + 1 }));
  while (lines.length && lines[lines.length - 1].text.trim() === '') lines.pop();
  return lines;
}
