import type { ElementContent } from 'hast';
import type { RstDirective } from '../../rst/rst-tree.ts';
import type { RenderState } from '../render-state.ts';

export type DirectiveHandler = (node: RstDirective, state: RenderState) => ElementContent[];

export const option = (node: RstDirective, name: string): string | undefined => node.options.find((o) => o.name === name)?.value;

/** The directive's content lines, each placed in the source. */
export function contentLines(node: RstDirective): { text: string; line: number; column: number }[] {
  if (!node.contentStart || !node.content) return [];
  const { line, column } = node.contentStart;
  return node.content.split('\n').map((text, i) => ({ text, line: line + i, column }));
}
