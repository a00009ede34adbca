/**
 * A section: `<section>` holding the anchors of its labels, an `<hN>` with the docutils id (no
 * section number in it, so it survives renumbering) and a `#` permalink, then its body.
 * The heading text keeps the number as written.
 */
import type { Element, ElementContent } from 'hast';
import { headingId } from '../rst/heading-id.ts';
import { inlineText } from '../rst/inline-text.ts';
import type { RstBlock, RstSection } from '../rst/rst-tree.ts';
import { anchor, h, text } from './hast-builders.ts';
import type { RenderState } from './render-state.ts';

export function sectionToHast(node: RstSection, state: RenderState): ElementContent[] {
  const labels = labelAnchors(node, state);
  state.sections.push(node);
  try {
    if (node === state.omittedTitle) return [...labels, ...state.all(node.children)];
    return [h('section', {}, [...labels, heading(node, state), ...state.all(node.children)], node.position)];
  } finally {
    state.sections.pop();
  }
}

/** Anchors for the labels (`.. _name:`) that point at `node`, under the id docutils gives them. */
export function labelAnchors(node: RstBlock, state: RenderState): ElementContent[] {
  const targets = state.targets.labelsOf.get(node) ?? [];
  return targets.flatMap((t) => {
    const id = headingId(t.name);
    return id && state.claimId(id) ? [anchor(id, t.position)] : [];
  });
}

function heading(node: RstSection, state: RenderState): Element {
  // The omitted title is the page's <h1>: its sections stay <h2>.
  const depth = Math.min(6, state.sections.length);
  const id = state.claimId(node.id) ? node.id : undefined;
  const number = state.sectionNumbers.get(node);
  const title = inlineText(node.title.children).replace(/\s+/g, ' ').trim();
  const children: ElementContent[] = [
    ...(number ? [h('span', { className: ['sectnum'] }, [text(number)]), text(' ')] : []),
    ...state.all(node.title.children),
  ];
  const link = permalink(node, state);
  if (id) {
    state.headings.push({ depth, slug: id, text: number ? `${number} ${title}` : title });
    if (link) children.push(text(' '), h('a', { className: ['headerlink'], href: `#${link}`, 'aria-label': `Permalink to “${title}”` }, [text('#')]));
  }
  return h(`h${depth}`, { id }, children, node.title.position);
}

/**
 * Where the `#` link points: the heading id, unless docutils had to number it (`id3`, because a
 * label took the title's id first), in which case the label is the stabler anchor.
 */
function permalink(node: RstSection, state: RenderState): string {
  if (!/^id\d+$/.test(node.id)) return node.id;
  const label = state.targets.labelsOf.get(node)?.[0];
  return label ? headingId(label.name) || node.id : node.id;
}
