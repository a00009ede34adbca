/**
 * `.. _name:` arrives from restructured as a comment; docutils reads it as a hyperlink target.
 * Internal targets (no URI) are the labels `:ref:` points at.
 */
import { fullyNormalizeName } from '../normalize-name.ts';
import type { RstBlock, RstRoot } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';

// `_name:`, `` _`name: with colons`: `` or `_name\: escaped:`, then an optional URI.
const TARGET = /^_(?:`((?:\\.|[^`\\])+)`|((?:\\.|[^:\\])+)):(?:\s+([\s\S]*))?$/;

export function labelTargets(root: RstRoot): RstRoot {
  return mapTree(root, { block: toTarget });
}

function toTarget(node: RstBlock): RstBlock {
  if (node.type !== 'comment') return node;
  const m = TARGET.exec(node.value.trim());
  if (!m) return node;
  const rawName = (m[1] ?? m[2]).replace(/\\(.)/g, '$1');
  // `.. __: uri` is an anonymous target: nothing to refer to by name.
  if (rawName === '_') return node;
  const uri = m[3]?.replace(/\s+/g, '') ?? '';
  return { type: 'target', position: node.position, name: fullyNormalizeName(rawName), rawName, refuri: uri || null };
}
