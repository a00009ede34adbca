import { fullyNormalizeName } from './normalize-name.ts';
import type { LabelAttachment, RstLabel } from './rst-document.ts';
import type { RstBlock, RstRoot } from './rst-tree.ts';
import { blocksInOrder } from './walk-tree.ts';

/**
 * Labels: internal targets (`.. _name:`) and `:name:` options of directives. A target points at
 * the next element in document order, climbing out of the section it ends (docutils'
 * PropagateTargets): a label at the end of 2.3.6 labels section 2.4. A chain of targets shares
 * the element after the last one; a comment in between stops it.
 */
export function collectLabels(root: RstRoot): RstLabel[] {
  const blocks = blocksInOrder(root);
  const sectionIndex = new Map<RstBlock, number>();
  for (const b of blocks) if (b.type === 'section') sectionIndex.set(b, sectionIndex.size);
  const labels: RstLabel[] = [];
  blocks.forEach((block, i) => {
    if (block.type === 'target' && block.refuri === null) {
      labels.push({
        name: block.name,
        rawName: block.rawName,
        line: block.position.start.line,
        column: block.position.start.column,
        attachedTo: attachment(blocks.slice(i + 1), sectionIndex),
      });
    }
    if (block.type === 'directive') {
      for (const option of block.options.filter((o) => o.name === 'name' && o.value)) {
        labels.push({
          name: fullyNormalizeName(option.value),
          rawName: option.value,
          line: option.line,
          column: block.position.start.column,
          attachedTo: { kind: 'element', type: block.name, line: block.position.start.line },
        });
      }
    }
  });
  return labels;
}

function attachment(after: RstBlock[], sectionIndex: Map<RstBlock, number>): LabelAttachment | null {
  const next = after.find((b) => b.type !== 'target');
  if (!next || next.type === 'comment') return null;
  if (next.type === 'section') return { kind: 'section', section: sectionIndex.get(next) ?? -1, line: next.title.position.start.line };
  return { kind: 'element', type: next.type === 'directive' ? next.name : next.type, line: next.position.start.line };
}
