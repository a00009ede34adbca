/** `.. toctree::` as a list of links to the documents it names, shown by their titles. */
import { documentPath } from '../../rst/resolve-references.ts';
import { h, text } from '../hast-builders.ts';
import { option, type DirectiveHandler } from './directive-types.ts';

const ENTRY = /^([\s\S]+?)\s*<([^<>]+)>$/;

export const toctree: DirectiveHandler = (node, state) => {
  if (node.options.some((o) => o.name === 'hidden')) return [];
  const { context } = state;
  const items = node.content
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== 'self' && !l.includes('*'))
    .map((entry) => {
      const m = ENTRY.exec(entry);
      const target = m ? m[2] : entry;
      const path = documentPath(context.path, target);
      const href = context.docHref(path);
      const label = text(m?.[1] ?? context.docTitle?.(path) ?? target);
      return h('li', {}, [href ? h('a', { href, className: ['reference', 'doc'] }, [label]) : label]);
    });
  const caption = option(node, 'caption');
  return [h('div', { className: ['toctree-wrapper'] }, [...(caption ? [h('p', { className: ['caption'] }, [text(caption)])] : []), h('ul', {}, items)], node.position)];
};
