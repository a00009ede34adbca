/**
 * `:ref:` and `:doc:` roles → cross_reference nodes with the target and the explicit title split
 * the way Sphinx's XRefRole does (`` :ref:`text <label>` ``, `` :ref:`label` ``).
 */
import type { RstInline, RstRoot } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';

// Sphinx's explicit_title_re; a backslash-escaped `<` does not start a target.
const EXPLICIT_TITLE = /^([\s\S]+?)\s*(?<!\\)<([\s\S]*?)>$/;

export function crossReferences(root: RstRoot): RstRoot {
  return mapTree(root, { inlines: (children) => children.map(toCrossReference) });
}

const unescape = (text: string): string => text.replace(/\\(.)/g, '$1');

function toCrossReference(node: RstInline): RstInline {
  if (node.type !== 'role' || (node.role !== 'ref' && node.role !== 'doc')) return node;
  const m = EXPLICIT_TITLE.exec(node.value);
  return {
    type: 'cross_reference',
    position: node.position,
    role: node.role,
    target: unescape(m ? m[2] : node.value).trim(),
    title: m ? unescape(m[1]) : null,
  };
}
