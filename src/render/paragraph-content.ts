import type { ElementContent } from 'hast';
import type { RstInline } from '../rst/rst-tree.ts';
import type { RenderState } from './render-state.ts';

/** Inline content of a paragraph, where automarkup applies (only there, as in automarkup.py). */
export function paragraphContent(children: readonly RstInline[], state: RenderState): ElementContent[] {
  const outer = state.inParagraph;
  state.inParagraph = true;
  try {
    return trimEnd(state.all(children));
  } finally {
    state.inParagraph = outer;
  }
}

/** restructured ends a paragraph's last text with the line break; the page does not need it. */
function trimEnd(nodes: ElementContent[]): ElementContent[] {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') {
    last.value = last.value.trimEnd();
    if (!last.value) nodes.pop();
  }
  return nodes;
}
