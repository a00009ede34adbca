/** Footnote references and the footnotes themselves (`<aside role="doc-footnote">`). */
import type { ElementContent } from 'hast';
import type { RstBlock, RstComment } from '../rst/rst-tree.ts';
import { h, text } from './hast-builders.ts';
import type { Footnote, Footnotes } from './footnotes.ts';
import { parseFragments } from './parse-fragments.ts';
import type { RenderState } from './render-state.ts';
import type { TextRule } from './text-rules.ts';

export function footnoteReference(label: string, state: RenderState): ElementContent[] | undefined {
  const footnote = state.footnotes.resolve(label);
  if (!footnote) return undefined;
  const mark = text(`[${footnote.mark}]`);
  return [state.inLink ? mark : h('a', { href: `#${footnote.id}`, className: ['footnote-reference'], role: 'doc-noteref' }, [mark])];
}

/** `[#name]_` that restructured left in text (it misses references whose label has letters after `#`). */
export function footnoteTextRule(state: RenderState): TextRule {
  return { pattern: /\[(#[\w.-]*|\*|\d+)\]_/g, hint: ']_', render: (m) => footnoteReference(m[1], state) };
}

export function footnoteToHast(footnote: Footnote, state: RenderState): ElementContent[] {
  const body = bodies(state).get(footnote.comment) ?? [];
  return [
    h('aside', { className: ['footnote'], id: state.claimId(footnote.id) ? footnote.id : undefined, role: 'doc-footnote' }, [
      h('span', { className: ['footnote-label'] }, [text(`[${footnote.mark}]`)]),
      text(' '),
      ...state.all(body),
    ], footnote.comment.position),
  ];
}

const parsed = new WeakMap<Footnotes, Map<RstComment, RstBlock[]>>();

/** Every footnote body of the document, parsed together the first time one is rendered. */
function bodies(state: RenderState): Map<RstComment, RstBlock[]> {
  const { footnotes, context } = state;
  let map = parsed.get(footnotes);
  if (!map) {
    const all = [...footnotes.byComment.values()];
    const blocks = parseFragments(all.map(fragmentOf), context.path, context.parseCache);
    map = new Map(all.map((f, i) => [f.comment, blocks[i]]));
    parsed.set(footnotes, map);
  }
  return map;
}

function fragmentOf(footnote: Footnote) {
  const { start } = footnote.comment.position;
  // `.. [label] ` precedes the body on its first line; later lines are dedented by restructured.
  const first = start.column + 3 + footnote.label.length + 3;
  return footnote.body.split('\n').map((line, i) => ({ text: line, line: start.line + i, column: i === 0 ? first : start.column + 3 }));
}
