/**
 * Inline rst nodes → phrasing content. Links resolve through the caller's context; what does not
 * resolve renders as text with a class (a check reported it already).
 */
import type { ElementContent } from 'hast';
import { fullyNormalizeName } from '../rst/normalize-name.ts';
import { documentPath } from '../rst/resolve-references.ts';
import type { RstCrossReference, RstHyperlink, RstInline, RstText } from '../rst/rst-tree.ts';
import { h, text } from './hast-builders.ts';
import type { HandlerTable } from './handler-types.ts';
import type { RenderState } from './render-state.ts';
import { roleToHast } from './role-to-hast.ts';
import { safeUrl } from './safe-url.ts';
import { applyTextRules } from './text-rules.ts';
import { footnoteReference } from './footnote-to-hast.ts';

const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** A link, or, when the target did not resolve, the text in a span marked `unresolved` (a check said so already). */
function link(href: string | undefined, className: string, children: ElementContent[], state: RenderState, unresolved = ['reference', 'unresolved']): ElementContent[] {
  if (state.inLink) return children;
  if (href === undefined) return [h('span', { className: unresolved }, children)];
  return [h('a', { href, className: ['reference', className] }, children)];
}

/** Renders the children of a link with no link inside them. */
function linkText(state: RenderState, render: () => ElementContent[]): ElementContent[] {
  const outer = state.inLink;
  state.inLink = true;
  try {
    return render();
  } finally {
    state.inLink = outer;
  }
}

function textNode(node: RstText, state: RenderState): ElementContent[] {
  if (state.inLink) return [text(node.value)];
  return applyTextRules(node.value, state.inParagraph ? state.rules.paragraph : state.rules.other);
}

function crossReference(node: RstCrossReference, state: RenderState): ElementContent[] {
  const { context } = state;
  if (node.role === 'ref') {
    const target = context.resolveLabel(fullyNormalizeName(node.target));
    return link(target?.href, 'internal', [text(squash(node.title ?? target?.title ?? node.target))], state, ['xref', 'std-ref', 'unresolved']);
  }
  const path = documentPath(context.path, node.target);
  const href = context.docHref(path);
  return link(href, 'doc', [text(squash(node.title ?? context.docTitle?.(path) ?? node.target))], state, ['xref', 'std-doc', 'unresolved']);
}

function hyperlink(node: RstHyperlink, state: RenderState): ElementContent[] {
  const named = node.refname === null ? undefined : state.targets.names.get(node.refname);
  // restructured reads an embedded URI that follows a line break (`text\n<uri>`_) as a name.
  const looksLikeUri = node.refname !== null && /^[^\s]*[./#:][^\s]*$/.test(node.refname);
  const target = node.refuri ?? named ?? (looksLikeUri ? node.refname ?? undefined : undefined);
  const href = target === undefined ? undefined : localPage(safeUrl(target), state);
  const external = href !== undefined && !href.startsWith('#');
  return link(href, external ? 'external' : 'internal', linkText(state, () => [text(node.text)]), state);
}

/** `instruction-set.html#x`, a link to a sibling Sphinx page, goes to that document's page here. */
function localPage(href: string | undefined, state: RenderState): string | undefined {
  const m = href === undefined ? null : /^((?:\.\.\/)*[\w-][\w./-]*)\.html(#.*)?$/.exec(href);
  if (!m) return href;
  const page = state.context.docHref(documentPath(state.context.path, m[1]));
  return page === undefined ? href : `${page.replace(/#.*$/, '')}${m[2] ?? ''}`;
}

export const inlineHandlers: HandlerTable<RstInline> = {
  text: textNode,
  emphasis: (node, state) => [h('em', {}, state.all(node.children), node.position)],
  strong: (node, state) => [h('strong', {}, state.all(node.children), node.position)],
  literal: (node) => [h('code', {}, [text(node.value)], node.position)],
  role: roleToHast,
  cross_reference: crossReference,
  reference: hyperlink,
  footnote_reference: (node, state) => footnoteReference(node.label, state) ?? [text(`[${node.label}]_`)],
  substitution_reference: (node, state) => [text(state.targets.substitutions.get(node.name) ?? `|${node.name}|`)],
  section_number: (node) => [h('span', { className: ['section-number'] }, [text(node.value)], node.position), text(' ')],
};
