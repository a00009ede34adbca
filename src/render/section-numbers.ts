/**
 * `.. sectnum::` numbers the sections the way docutils' SectNum transform does under Sphinx
 * (doctitle_xform off, so the document title is section "1" and its children "1.1", "1.2").
 * Numbers written in the titles themselves are left alone: they are part of the text.
 */
import type { RstBlock, RstDirective, RstRoot, RstSection } from '../rst/rst-tree.ts';
import { walkTree } from '../rst/walk-tree.ts';

export function sectionNumbers(root: RstRoot): Map<RstSection, string> {
  const numbers = new Map<RstSection, string>();
  let directive: RstDirective | undefined;
  for (const node of walkTree(root)) {
    if (node.type === 'directive' && node.name === 'sectnum') {
      directive = node;
      break;
    }
  }
  if (!directive) return numbers;
  const option = (name: string) => directive.options.find((o) => o.name === name)?.value;
  const depth = Number.parseInt(option('depth') ?? '', 10) || Infinity;
  const start = Number.parseInt(option('start') ?? '', 10) || 1;
  const prefix = option('prefix') ?? '';
  const suffix = option('suffix') ?? '';
  const visit = (blocks: readonly RstBlock[], parents: number[]): void => {
    if (parents.length >= depth) return;
    let n = parents.length ? 1 : start;
    for (const block of blocks) {
      if (block.type !== 'section') continue;
      const here = [...parents, n++];
      numbers.set(block, `${prefix}${here.join('.')}${suffix}`);
      visit(block.children, here);
    }
  };
  visit(root.children, []);
  return numbers;
}
