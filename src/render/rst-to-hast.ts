/**
 * The typed rst tree → hast, one handler per node type (the unified habit): an unknown type
 * throws instead of vanishing from the page, and every node made copies the position of the rst
 * node it comes from. Links go through the caller's context; nothing is reported here.
 */
import type { ElementContent, Root } from 'hast';
import { inlineText } from '../rst/inline-text.ts';
import type { RstNode, RstRoot, RstSection } from '../rst/rst-tree.ts';
import { URI_RULE, automarkupRules } from './automarkup.ts';
import { blockHandlers } from './block-handlers.ts';
import { documentTargets } from './document-targets.ts';
import { footnoteTextRule } from './footnote-to-hast.ts';
import { collectFootnotes } from './footnotes.ts';
import type { Handler, HandlerTable, RenderableNode } from './handler-types.ts';
import { h, stamp } from './hast-builders.ts';
import { inlineHandlers } from './inline-handlers.ts';
import type { RenderContext } from './render-context.ts';
import type { Heading, RenderState } from './render-state.ts';
import { sectionNumbers } from './section-numbers.ts';
import { labelAnchors } from './section-to-hast.ts';

const handlers: HandlerTable<RenderableNode> = {
  ...inlineHandlers,
  ...blockHandlers,
  title: (node, state) => [h('p', { className: ['title'] }, state.all(node.children), node.position)],
};

export interface RenderedRst {
  root: Root;
  headings: Heading[];
  /** The document title (its only top-level section's title, as written), or null. */
  title: string | null;
}

export function rstToHast(tree: RstRoot, context: RenderContext): Root {
  return renderRst(tree, context).root;
}

/** The hast tree plus what a page needs beside it: the headings for its table of contents and the title. */
export function renderRst(tree: RstRoot, context: RenderContext): RenderedRst {
  const top = tree.children.filter((b): b is RstSection => b.type === 'section');
  const titleSection = top.length === 1 && tree.children.every((b) => b === top[0] || b.type === 'target' || b.type === 'comment' || b.type === 'directive') ? top[0] : null;
  const ids = new Set<string>();
  const state: RenderState = {
    context,
    tree,
    targets: documentTargets(tree),
    footnotes: collectFootnotes(tree),
    sectionNumbers: sectionNumbers(tree),
    omittedTitle: context.omitTitle ? titleSection : null,
    headings: [],
    stamped: new WeakSet(),
    sections: [],
    rules: { paragraph: [], other: [] },
    inParagraph: false,
    inLink: false,
    highlightLanguage: null,
    one: (node) => one(node, state),
    all: (nodes) => nodes.flatMap((node) => one(node, state)),
    claimId: (id) => !ids.has(id) && Boolean(ids.add(id)),
  };
  const other = [footnoteTextRule(state), URI_RULE];
  state.rules.other.push(...other);
  state.rules.paragraph.push(...other, ...automarkupRules(context));
  const root: Root = { type: 'root', children: state.all(tree.children), position: tree.position };
  return { root, headings: state.headings, title: titleSection ? inlineText(titleSection.title.children).replace(/\s+/g, ' ').trim() : null };
}

function one(node: RstNode, state: RenderState): ElementContent[] {
  const handler = Object.hasOwn(handlers, node.type) ? (handlers as unknown as Record<string, Handler<RenderableNode>>)[node.type] : undefined;
  if (!handler || node.type === 'root') {
    throw new Error(`rstToHast: no handler for rst node type "${node.type}" (${state.context.path}:${node.position?.start.line ?? '?'})`);
  }
  const out = handler(node, state);
  // A section places its own label anchors inside itself; other blocks get them in front.
  const labelled = node.type !== 'section' && isBlock(node) ? [...labelAnchors(node, state), ...out] : out;
  return stamp(labelled, node.position, state.stamped);
}

const isBlock = (node: RenderableNode): node is Extract<RenderableNode, { type: keyof typeof blockHandlers }> => Object.hasOwn(blockHandlers, node.type);
