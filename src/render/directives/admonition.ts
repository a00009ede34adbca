/** Admonitions (`.. note::`, `.. warning::`, `.. admonition:: Title`, …) as `<div role="note">`. */
import { h, text } from '../hast-builders.ts';
import type { DirectiveHandler } from './directive-types.ts';

const TITLES: Record<string, string> = {
  note: 'Note',
  warning: 'Warning',
  attention: 'Attention',
  caution: 'Caution',
  danger: 'Danger',
  error: 'Error',
  hint: 'Hint',
  important: 'Important',
  tip: 'Tip',
  seealso: 'See also',
};

export const ADMONITIONS = [...Object.keys(TITLES), 'admonition'];

// A div, not an <aside>: nested in the page's landmarks, an aside would be one more landmark.
export const admonition: DirectiveHandler = (node, state) => {
  const title = node.name === 'admonition' ? node.argument : TITLES[node.name];
  return [
    h('div', { className: ['admonition', node.name], role: 'note' }, [h('p', { className: ['admonition-title'] }, [text(title)]), ...state.all(node.children)], node.position),
  ];
};
