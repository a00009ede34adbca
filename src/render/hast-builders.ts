/**
 * Small constructors for hast nodes. Every node the renderer makes gets the position of the rst
 * node it comes from (the unified habit), so a page can point back at the line it renders.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';
import type { RstPosition } from '../rst/rst-tree.ts';

export function h(tagName: string, properties: Properties, children: ElementContent[], position?: RstPosition): Element {
  return { type: 'element', tagName, properties, children, ...(position ? { position: copy(position) } : {}) };
}

export function text(value: string, position?: RstPosition): Text {
  return { type: 'text', value, ...(position ? { position: copy(position) } : {}) };
}

/** `<span id>` that only anchors: labels and other ids an element cannot carry itself. */
export function anchor(id: string, position?: RstPosition): Element {
  return h('span', { id }, [], position);
}

/**
 * Gives every node of `nodes` that has no position yet (tokens from the highlighter, pieces of
 * split text, children built without one) the position of the rst node they were made from.
 * `done` holds what a nested handler already stamped, so each node is visited once.
 */
export function stamp<T extends ElementContent>(nodes: T[], position: RstPosition, done: WeakSet<ElementContent>): T[] {
  const visit = (node: ElementContent): void => {
    if (done.has(node)) return;
    done.add(node);
    node.position ??= copy(position);
    if (node.type === 'element') node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return nodes;
}

function copy(position: RstPosition): RstPosition {
  return { start: { ...position.start }, end: { ...position.end } };
}
