/**
 * Hand-written Markdown (the body of a kfunc note) to HTML through unified: remark-parse with
 * GitHub's extensions (tables, autolinks, task lists, strikethrough), the frontmatter left out,
 * raw HTML dropped (a note is text, not markup), code highlighted as the guides' code is. Pure.
 */
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeHighlightCode } from './rehype-highlight-code.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkRehype).use(rehypeHighlightCode).use(rehypeStringify);

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
