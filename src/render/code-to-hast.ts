import type { ElementContent } from 'hast';
import type { RstPosition } from '../rst/rst-tree.ts';
import { h, text } from './hast-builders.ts';
import type { Highlighted } from './highlight-code.ts';

/** `<pre><code class="hljs language-c">` around highlighted tokens, with an optional caption above. */
export function codeToHast(code: Highlighted, position: RstPosition, caption?: string): ElementContent[] {
  const properties = code.language ? { className: ['hljs', `language-${code.language}`] } : {};
  const pre = h('pre', { className: ['code-block'], ...(code.language ? { dataLanguage: code.language } : {}) }, [h('code', properties, code.children, position)], position);
  if (!caption) return [pre];
  return [h('figure', { className: ['code-block-figure'] }, [h('figcaption', {}, [text(caption)]), pre], position)];
}
