/** `.. contents::`: the sections of the document (or of the current one, with `:local:`) as nested links. */
import type { Element } from 'hast';
import { inlineText } from '../../rst/inline-text.ts';
import type { RstBlock, RstSection } from '../../rst/rst-tree.ts';
import { h, text } from '../hast-builders.ts';
import type { RenderState } from '../render-state.ts';
import { option, type DirectiveHandler } from './directive-types.ts';

export const contents: DirectiveHandler = (node, state) => {
  const local = node.options.some((o) => o.name === 'local');
  const depth = Number.parseInt(option(node, 'depth') ?? '', 10) || Infinity;
  let scope: readonly RstBlock[] = local ? (state.sections.at(-1)?.children ?? state.tree.children) : state.tree.children;
  const top = scope.filter((b) => b.type === 'section');
  // The document title is the page's own heading, not an entry of its table of contents.
  if (!local && top.length === 1) scope = top[0].children;
  const list = sectionList(scope, depth, state);
  if (!list) return [];
  const title = node.argument.trim() || 'Contents';
  return [h('div', { className: ['contents', 'topic'] }, [h('p', { className: ['topic-title'] }, [text(title)]), list], node.position)];
};

function sectionList(blocks: readonly RstBlock[], depth: number, state: RenderState): Element | undefined {
  const sections = blocks.filter((b): b is RstSection => b.type === 'section');
  if (sections.length === 0 || depth < 1) return undefined;
  return h('ul', {}, sections.map((s) => {
    const number = state.sectionNumbers.get(s);
    const title = `${number ? `${number} ` : ''}${inlineText(s.title.children).replace(/\s+/g, ' ').trim()}`;
    const nested = sectionList(s.children, depth - 1, state);
    return h('li', {}, [h('a', { href: `#${s.id}`, className: ['reference', 'internal'] }, [text(title)]), ...(nested ? [nested] : [])]);
  }));
}
