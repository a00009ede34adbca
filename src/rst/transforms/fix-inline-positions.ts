/**
 * restructured starts a text run that follows inline markup at column 1 of its line (and its
 * paragraph at column 1 even when indented). The true start is where the previous sibling ends.
 */
import type { RstInline, RstPoint, RstRoot } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';

const before = (a: RstPoint, b: RstPoint): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);

export function fixInlinePositions(root: RstRoot): RstRoot {
  return mapTree(root, {
    inlines: fixSiblings,
    block: (b) => {
      if (b.type !== 'paragraph' || !b.children.length) return b;
      const first = b.children[0].position.start;
      return before(b.position.start, first) && first.line === b.position.start.line
        ? { ...b, position: { ...b.position, start: first } }
        : b;
    },
  });
}

function fixSiblings(children: RstInline[]): RstInline[] {
  let previous: RstInline | undefined;
  return children.map((child) => {
    const fixed =
      previous && before(child.position.start, previous.position.end)
        ? { ...child, position: { ...child.position, start: previous.position.end } }
        : child;
    previous = fixed;
    return fixed;
  });
}
