/** `.. code-block::` and friends, `.. highlight::`, and `.. raw::` shown as an escaped literal. */
import { codeToHast } from '../code-to-hast.ts';
import { h, text } from '../hast-builders.ts';
import { highlightCode } from '../highlight-code.ts';
import { option, type DirectiveHandler } from './directive-types.ts';

export const codeBlock: DirectiveHandler = (node, state) => {
  const language = node.argument.split(/\s+/)[0] || state.highlightLanguage;
  if (!node.content) return [];
  return codeToHast(highlightCode(node.content, language), node.position, option(node, 'caption'));
};

export const highlight: DirectiveHandler = (node, state) => {
  state.highlightLanguage = node.argument.trim() || null;
  return [];
};

/** Raw HTML never reaches the page as HTML: it is shown as the text it is. */
export const raw: DirectiveHandler = (node) => [
  h('pre', { className: ['raw'], dataFormat: node.argument.trim() || undefined }, [h('code', {}, [text(node.content)])], node.position),
];
