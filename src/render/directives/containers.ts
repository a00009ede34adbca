/** Directives that wrap rst content or stand for something we cannot show (figures drawn by tools). */
import { docsKernelOrgUrl } from '../docs-kernel-org-url.ts';
import { glossaryTerms } from '../document-targets.ts';
import { h, text } from '../hast-builders.ts';
import { parseFragments } from '../parse-fragments.ts';
import { sphinxId } from '../sphinx-id.ts';
import { contentLines, type DirectiveHandler } from './directive-types.ts';

export const rubric: DirectiveHandler = (node) => [h('p', { className: ['rubric'] }, [text(node.argument)], node.position)];

/** container, topic, sidebar, only, … : the content in a div named after the directive. */
export const container: DirectiveHandler = (node, state) => {
  const title = ['topic', 'sidebar'].includes(node.name) && node.argument ? [h('p', { className: ['topic-title'] }, [text(node.argument)])] : [];
  return [h('div', { className: [node.name] }, [...title, ...state.all(node.children)], node.position)];
};

const CHANGES: Record<string, string> = { versionadded: 'New in version', versionchanged: 'Changed in version', deprecated: 'Deprecated since version' };

export const versionChange: DirectiveHandler = (node, state) => [
  h('div', { className: ['versionmodified', node.name] }, [h('p', {}, [h('span', { className: ['versionmodified-label'] }, [text(`${CHANGES[node.name]} ${node.argument.trim()}`)])]), ...state.all(node.children)], node.position),
];

/** A glossary: its definition list with each term anchored as Sphinx does (`term-Sign-Extend`). */
export const glossary: DirectiveHandler = (node, state) =>
  node.children.flatMap((child) => {
    if (child.type !== 'definition_list') return state.one(child);
    return [
      h('dl', { className: ['glossary'] }, child.children.flatMap((item) => {
        const [term] = glossaryTerms([{ ...child, children: [item] }]);
        const id = term ? sphinxId(`term-${term}`) : undefined;
        return [h('dt', { id: id && state.claimId(id) ? id : undefined }, state.all(item.term), item.position), h('dd', {}, state.all(item.children), item.position)];
      }), child.position),
    ];
  });

/**
 * Figures the kernel draws at build time (`kernel-figure`, `kernel-render`) or images we do not
 * ship: a figure naming the file and linking to the page on docs.kernel.org that shows it.
 */
export const figure: DirectiveHandler = (node, state) => {
  const [caption] = parseFragments([contentLines(node)], state.context.path, state.context.parseCache);
  const source = h('p', { className: ['figure-source'] }, [
    text('Figure '),
    h('code', {}, [text(node.argument.trim())]),
    text(' — '),
    h('a', { href: docsKernelOrgUrl(state.context.path), className: ['reference', 'external'] }, [text('shown on docs.kernel.org')]),
  ]);
  return [h('figure', { className: ['figure', node.name] }, [source, ...(caption.length ? [h('figcaption', {}, state.all(caption))] : [])], node.position)];
};
