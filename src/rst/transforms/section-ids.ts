/**
 * Heading ids as Sphinx's docutils gives them: make_id of the title (headingId), in document
 * order with the targets, so that a label taking an id first pushes the section to `id1`, `id2`,
 * … (Sphinx's auto_id_prefix). kfuncs.rst's `.. _KF_deprecated_flag:` takes
 * `kf-deprecated-flag` before "2.5.8 KF_DEPRECATED flag" can.
 */
import { headingId } from '../heading-id.ts';
import { inlineText } from '../inline-text.ts';
import type { RstRoot } from '../rst-tree.ts';
import { blocksInOrder } from '../walk-tree.ts';
import { mapTree } from './map-tree.ts';

export function sectionIds(root: RstRoot): RstRoot {
  const taken = new Set<string>();
  const byTitleLine = new Map<number, string>();
  let counter = 0;
  for (const block of blocksInOrder(root)) {
    if (block.type === 'target') taken.add(headingId(block.name));
    if (block.type !== 'section') continue;
    let id = headingId(inlineText(block.title.children));
    while (!id || taken.has(id)) id = `id${++counter}`;
    taken.add(id);
    byTitleLine.set(block.title.position.start.line, id);
  }
  return mapTree(root, { block: (b) => (b.type === 'section' ? { ...b, id: byTitleLine.get(b.title.position.start.line) ?? b.id } : b) });
}
