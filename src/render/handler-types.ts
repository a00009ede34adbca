import type { ElementContent } from 'hast';
import type { RstNode, RstRoot } from '../rst/rst-tree.ts';
import type { RenderState } from './render-state.ts';

export type RenderableNode = Exclude<RstNode, RstRoot>;

export type Handler<T extends RenderableNode> = (node: T, state: RenderState) => ElementContent[];

/** One handler per node type; the type checker insists that none is missing. */
export type HandlerTable<U extends RenderableNode> = { [K in U['type']]: Handler<Extract<U, { type: K }>> };
