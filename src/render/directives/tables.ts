/** `.. table::` (a grid or simple table with a title) and `.. list-table::` (a two-level bullet list). */
import type { RstBlock, RstDirective } from '../../rst/rst-tree.ts';
import { h, text } from '../hast-builders.ts';
import { readTable, tableToHast, type RenderCell } from '../table-to-hast.ts';
import { contentLines, option, type DirectiveHandler } from './directive-types.ts';

export const table: DirectiveHandler = (node, state) => {
  const lines = contentLines(node);
  while (lines.length && lines[lines.length - 1].text.trim() === '') lines.pop();
  const parsed = lines.length ? readTable(lines, state.context.path, state.context.parseCache) : undefined;
  if (!parsed) return [h('pre', { className: ['table-text'] }, [text(node.content)], node.position)];
  return tableToHast({ ...parsed, caption: node.argument.trim() || undefined }, node.position, state);
};

export const listTable: DirectiveHandler = (node, state) => {
  const rows = listRows(node);
  if (!rows) return state.all(node.children);
  const headRows = Number.parseInt(option(node, 'header-rows') ?? '', 10) || 0;
  const stubColumns = Number.parseInt(option(node, 'stub-columns') ?? '', 10) || 0;
  return tableToHast({ headRows, rows, stubColumns, caption: node.argument.trim() || undefined }, node.position, state);
};

/** The rows of a list-table, or undefined when its content is not a list of lists. */
function listRows(node: RstDirective): RenderCell[][] | undefined {
  const [list] = node.children;
  if (node.children.length !== 1 || list.type !== 'bullet_list') return undefined;
  const rows = list.children.map((item) => {
    const [inner] = item.children;
    if (item.children.length !== 1 || inner.type !== 'bullet_list') return undefined;
    return inner.children.map((cell): RenderCell => ({ blocks: cell.children as RstBlock[], rowspan: 1, colspan: 1, position: cell.position }));
  });
  return rows.every((r) => r !== undefined) ? rows : undefined;
}
