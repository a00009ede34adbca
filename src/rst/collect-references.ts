import { fullyNormalizeName } from './normalize-name.ts';
import type { RstReference } from './rst-document.ts';
import type { RstRoot } from './rst-tree.ts';
import { walkTree } from './walk-tree.ts';

/** `:ref:` and `:doc:` cross-references in document order; `:ref:` targets normalised. */
export function collectReferences(root: RstRoot): RstReference[] {
  const out: RstReference[] = [];
  for (const node of walkTree(root)) {
    if (node.type !== 'cross_reference') continue;
    out.push({
      role: node.role,
      line: node.position.start.line,
      column: node.position.start.column,
      target: node.role === 'ref' ? fullyNormalizeName(node.target) : node.target,
      text: node.title,
    });
  }
  return out;
}
