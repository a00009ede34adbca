import type { RstInline } from './rst-tree.ts';

/**
 * The plain text of inline nodes, as docutils' astext() gives it: markup dropped, a
 * cross-reference shown by its title or target, a section number with its separator.
 */
export function inlineText(nodes: readonly RstInline[]): string {
  return nodes.map(textOf).join('');
}

function textOf(node: RstInline): string {
  switch (node.type) {
    case 'text':
    case 'literal':
    case 'role':
      return node.value;
    case 'emphasis':
    case 'strong':
      return inlineText(node.children);
    case 'cross_reference':
      return node.title ?? node.target;
    case 'reference':
      return node.text;
    case 'footnote_reference':
      return `[${node.label}]`;
    case 'substitution_reference':
      return node.name;
    case 'section_number':
      return node.value + node.separator;
  }
}
