/**
 * `.. toctree::` as a list of links to the documents it names, shown by their titles. With
 * `:glob:`, an entry with `*`, `?` or `[…]` names every known document it matches, in name order,
 * the toctree's own document left out, as Sphinx does (maps.rst's `map_*`).
 */
import { documentPath } from '../../rst/resolve-references.ts';
import { h, text } from '../hast-builders.ts';
import { option, type DirectiveHandler } from './directive-types.ts';

const ENTRY = /^([\s\S]+?)\s*<([^<>]+)>$/;

const GLOB = /[*?[]/;

/** A toctree glob as a regular expression over document paths (`*` and `?` stay within a directory). */
export function globPattern(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

export const toctree: DirectiveHandler = (node, state) => {
  if (node.options.some((o) => o.name === 'hidden')) return [];
  const { context } = state;
  const glob = node.options.some((o) => o.name === 'glob');
  const item = (path: string, title?: string) => {
    const href = context.docHref(path);
    const label = text(title ?? context.docTitle?.(path) ?? path.replace(/^.*\//, '').replace(/\.rst$/, ''));
    return h('li', {}, [href ? h('a', { href, className: ['reference', 'doc'] }, [label]) : label]);
  };
  const items = node.content
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== 'self')
    .flatMap((entry) => {
      if (glob && GLOB.test(entry)) {
        const matches = globPattern(documentPath(context.path, entry));
        return (context.documentPaths?.() ?? []).filter((p) => p !== context.path && matches.test(p)).map((p) => item(p));
      }
      if (entry.includes('*')) return [];
      const m = ENTRY.exec(entry);
      return [item(documentPath(context.path, m ? m[2] : entry), m?.[1])];
    });
  const caption = option(node, 'caption');
  return [h('div', { className: ['toctree-wrapper'] }, [...(caption ? [h('p', { className: ['caption'] }, [text(caption)])] : []), h('ul', {}, items)], node.position)];
};
