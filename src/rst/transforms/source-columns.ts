/**
 * Parsing ran on tab-expanded lines (as docutils does); this maps every column back to the
 * line as written, so that `file:line:col` lands where an editor puts it.
 */
import { sourceColumn } from '../expand-tabs.ts';
import type { RstRoot } from '../rst-tree.ts';
import { mapPoints } from './map-points.ts';

export function sourceColumns(root: RstRoot, lines: readonly string[]): RstRoot {
  if (!lines.some((l) => l.includes('\t'))) return root;
  return mapPoints(root, (p) => {
    const line = lines[p.line - 1];
    return line?.includes('\t') ? { line: p.line, column: sourceColumn(line, p.column) } : p;
  });
}
