/**
 * A document → the HTML its page shows, plus the headings Starlight's "On this page" lists.
 * Serialised by rehype-stringify with raw HTML off: text from the document is always escaped.
 */
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { RstRoot } from '../rst/rst-tree.ts';
import type { RenderContext } from './render-context.ts';
import type { Heading } from './render-state.ts';
import { renderRst } from './rst-to-hast.ts';

export interface RenderedDocument {
  html: string;
  headings: Heading[];
  title: string | null;
}

const processor = unified().use(rehypeStringify, { allowDangerousHtml: false }).freeze();

export function renderRstToHtml(tree: RstRoot, context: RenderContext): RenderedDocument {
  const { root, headings, title } = renderRst(tree, context);
  return { html: processor.stringify(root), headings, title };
}
