/**
 * Parses the content of directives whose content is rst (note, warning, seealso, …) into
 * children, so labels, `:ref:`s and kfunc names inside a note are seen; restructured keeps such
 * content as plain text lines.
 */
import { parseBlocks } from '../parse-blocks.ts';
import type { RstBlock, RstDirective, RstRoot } from '../rst-tree.ts';
import { mapBlocks, mapTree } from './map-tree.ts';
import { mapPoints } from './map-points.ts';
import { directiveIndent, structureDirective } from './structure-directives.ts';
import { repairBlocks } from './repair-blocks.ts';

const RST_CONTENT = new Set([
  'note', 'warning', 'attention', 'caution', 'danger', 'error', 'hint', 'important', 'tip',
  'admonition', 'seealso', 'only', 'glossary', 'list-table', 'container', 'topic', 'sidebar',
  'hlist', 'compound', 'epigraph', 'highlights', 'pull-quote', 'rubric', 'versionadded',
  'versionchanged', 'deprecated',
]);

/** Whether a directive's content is rst (c:function and the other C domain ones describe in rst). */
export function hasRstContent(name: string): boolean {
  return RST_CONTENT.has(name) || name.startsWith('c:');
}

export function parseDirectiveBodies(root: RstRoot, lines: readonly string[]): RstRoot {
  return mapTree(root, { block: (b) => (b.type === 'directive' ? parseBody(b, lines) : b) });
}

function parseBody(node: RstDirective, lines: readonly string[]): RstDirective {
  if (!hasRstContent(node.name) || !node.contentStart || node.children.length) return node;
  const { line, column } = node.contentStart;
  const indent = directiveIndent(node.raw);
  const parsed = parseBlocks(`${node.content}\n`, { lines, lineShift: line - 1, columnShift: indent });
  // Content written on the `.. note::` line itself starts further right than the lines below.
  const placed = column === indent + 1 ? parsed : mapPoints(parsed, (p) => (p.line === line ? { line, column: p.column + column - 1 - indent } : p));
  // The same repairs as the document's own blocks get.
  const repaired = repairBlocks({ type: 'root', position: node.position, children: placed }, lines).children;
  return { ...node, children: mapBlocks(repaired, { block: (b) => nested(b, lines) }) };
}

function nested(block: RstBlock, lines: readonly string[]): RstBlock {
  return block.type === 'directive' ? parseBody(structureDirective(block), lines) : block;
}
