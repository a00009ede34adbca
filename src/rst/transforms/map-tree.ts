/**
 * Rebuilds a tree bottom-up, handing each block and each run of inline siblings to a mapper.
 * Transforms use it so that each of them stays "tree in, tree out" and touches only its nodes.
 */
import type { RstBlock, RstInline, RstRoot } from '../rst-tree.ts';

export interface TreeMapper {
  /** Called for every block after its children were mapped; may replace it by several. */
  block?(node: RstBlock): RstBlock | RstBlock[];
  /** Called for every list of inline siblings (paragraph, title, term, emphasis, strong). */
  inlines?(children: RstInline[]): RstInline[];
  /** Called for every list of block siblings, after each of them was mapped. */
  siblings?(children: RstBlock[]): RstBlock[];
}

export function mapTree(root: RstRoot, mapper: TreeMapper): RstRoot {
  return { ...root, children: mapBlocks(root.children, mapper) };
}

export function mapBlocks(blocks: RstBlock[], mapper: TreeMapper): RstBlock[] {
  const mapped = blocks.flatMap((b) => {
    const rebuilt = rebuildBlock(b, mapper);
    return mapper.block ? mapper.block(rebuilt) : rebuilt;
  });
  return mapper.siblings ? mapper.siblings(mapped) : mapped;
}

function rebuildBlock(node: RstBlock, mapper: TreeMapper): RstBlock {
  switch (node.type) {
    case 'paragraph':
      return { ...node, children: mapInlines(node.children, mapper) };
    case 'section':
      return {
        ...node,
        title: { ...node.title, children: mapInlines(node.title.children, mapper) },
        children: mapBlocks(node.children, mapper),
      };
    case 'definition_list_item':
      return { ...node, term: mapInlines(node.term, mapper), children: mapBlocks(node.children, mapper) };
    case 'bullet_list':
    case 'enumerated_list':
      return { ...node, children: mapBlocks(node.children, mapper).filter((c) => c.type === 'list_item') };
    case 'definition_list':
      return { ...node, children: mapBlocks(node.children, mapper).filter((c) => c.type === 'definition_list_item') };
    case 'list_item':
    case 'block_quote':
    case 'directive':
      return { ...node, children: mapBlocks(node.children, mapper) };
    case 'unknown':
      return { ...node, children: mapBlocks(node.children, mapper).filter((c) => c.type === 'paragraph') };
    default:
      return node;
  }
}

export function mapInlines(children: RstInline[], mapper: TreeMapper): RstInline[] {
  const rebuilt = children.map((c) =>
    c.type === 'emphasis' || c.type === 'strong' ? { ...c, children: mapInlines(c.children, mapper) } : c,
  );
  return mapper.inlines ? mapper.inlines(rebuilt) : rebuilt;
}
