import type { RstBlock, RstNode, RstRoot } from './rst-tree.ts';

/**
 * Every node in document order (pre-order): a section, then its title and the title's inlines,
 * then its body. Definition terms come before their definitions.
 */
export function* walkTree(node: RstNode): Generator<RstNode> {
  yield node;
  if (node.type === 'section') yield* walkTree(node.title);
  if (node.type === 'definition_list_item') for (const child of node.term) yield* walkTree(child);
  if ('children' in node) for (const child of node.children) yield* walkTree(child);
}

/** The blocks of a tree in document order, sections included. */
export function blocksInOrder(root: RstRoot): RstBlock[] {
  const out: RstBlock[] = [];
  const visit = (blocks: readonly RstBlock[]): void => {
    for (const block of blocks) {
      out.push(block);
      if (block.type !== 'paragraph' && 'children' in block) visit(block.children);
    }
  };
  visit(root.children);
  return out;
}
