/** Block rst nodes → flow content. Directives and sections have their own modules. */
import type { ElementContent } from 'hast';
import type { RstBlock, RstEnumeratedList, RstListItem, RstParagraph } from '../rst/rst-tree.ts';
import { directiveToHast } from './directive-to-hast.ts';
import { footnoteToHast } from './footnote-to-hast.ts';
import { anchor, h } from './hast-builders.ts';
import { headingId } from '../rst/heading-id.ts';
import type { HandlerTable } from './handler-types.ts';
import { codeToHast } from './code-to-hast.ts';
import { highlightCode, highlightLiteral } from './highlight-code.ts';
import type { RenderState } from './render-state.ts';
import { paragraphContent } from './paragraph-content.ts';
import { sectionToHast } from './section-to-hast.ts';
import { tableFromParagraph, tableFromUnknown } from './table-to-hast.ts';

function paragraph(node: RstParagraph, state: RenderState): ElementContent[] {
  return tableFromParagraph(node, state) ?? [h('p', {}, paragraphContent(node.children, state), node.position)];
}

/** A list whose items are one paragraph each renders without `<p>` (docutils' compact lists). */
function items(list: readonly RstListItem[], state: RenderState): ElementContent[] {
  const compact = list.every((item) => item.children.length <= 1 && (item.children[0]?.type ?? 'paragraph') === 'paragraph');
  return list.map((item) => {
    const only = item.children[0];
    const children = compact && only?.type === 'paragraph' ? paragraphContent(only.children, state) : state.all(item.children);
    return h('li', {}, children, item.position);
  });
}

/** `<ol start type>` from the first enumerator as written, when the source is at hand. */
function enumeration(node: RstEnumeratedList, state: RenderState): Record<string, string | number> {
  const line = state.context.source?.split('\n', node.position.start.line)[node.position.start.line - 1] ?? '';
  const m = /^\s*\(?([0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)[.)]\s/.exec(line);
  if (!m || m[1] === '#' || m[1] === '1') return {};
  if (/^\d+$/.test(m[1])) return { start: Number(m[1]) };
  if (/^[ivxlcdm]+$/i.test(m[1]) && (m[1].length > 1 || m[1].toLowerCase() === 'i')) return m[1] === m[1].toLowerCase() ? { type: 'i' } : { type: 'I' };
  const start = m[1].toLowerCase().charCodeAt(0) - 96;
  return { type: m[1] === m[1].toLowerCase() ? 'a' : 'A', ...(start > 1 ? { start } : {}) };
}

export const blockHandlers: HandlerTable<RstBlock> = {
  paragraph,
  bullet_list: (node, state) => [h('ul', {}, items(node.children, state), node.position)],
  enumerated_list: (node, state) => [h('ol', enumeration(node, state), items(node.children, state), node.position)],
  list_item: (node, state) => items([node], state),
  definition_list: (node, state) => [h('dl', {}, state.all(node.children), node.position)],
  definition_list_item: (node, state) => [h('dt', {}, state.all(node.term), node.position), h('dd', {}, state.all(node.children), node.position)],
  block_quote: (node, state) => [h('blockquote', {}, state.all(node.children), node.position)],
  literal_block: (node, state) =>
    codeToHast(state.highlightLanguage ? highlightCode(node.value, state.highlightLanguage) : highlightLiteral(node.value), node.position),
  comment: (node, state) => {
    const footnote = state.footnotes.byComment.get(node);
    return footnote ? footnoteToHast(footnote, state) : [];
  },
  target: (node, state) => {
    if (node.refuri !== null || state.targets.attached.has(node)) return [];
    const id = headingId(node.name);
    return id && state.claimId(id) ? [anchor(id, node.position)] : [];
  },
  directive: directiveToHast,
  transition: (node) => [h('hr', {}, [], node.position)],
  // Lines restructured could not read: shown line by line, their inline markup still rendered.
  unknown: (node, state) =>
    tableFromUnknown(node, state) ?? [
      h('p', { className: ['rst-unparsed'] }, node.children.flatMap((line, i) => [...(i ? [h('br', {}, [])] : []), ...paragraphContent(line.children, state)]), node.position),
    ],
  section: sectionToHast,
};
