/**
 * Interpreted text with a role other than `:ref:` / `:doc:`, rendered as Sphinx renders the
 * roles the kernel's guides use; a role nobody knows keeps its text in a span named after it.
 */
import type { ElementContent } from 'hast';
import type { RstRole } from '../rst/rst-tree.ts';
import { functionReference } from './automarkup.ts';
import { h, text } from './hast-builders.ts';
import type { RenderState } from './render-state.ts';

// Sphinx's explicit title: `title <target>`.
const EXPLICIT = /^([\s\S]+?)\s*<([^<>]+)>$/;

const split = (value: string): { title: string | null; target: string } => {
  const m = EXPLICIT.exec(value);
  return m ? { title: m[1], target: m[2].trim() } : { title: null, target: value.trim() };
};

const wrap = (tag: string, className?: string) => (node: RstRole) => [h(tag, className ? { className: [className] } : {}, [text(node.value)])];
const code = (role: string) => (node: RstRole) => {
  const { title, target } = split(node.value);
  return [h('code', { className: ['role', `role-${role}`] }, [text(title ?? target)])];
};

const ROLES: Record<string, (node: RstRole, state: RenderState) => ElementContent[]> = {
  'title-reference': wrap('cite'),
  emphasis: wrap('em'),
  strong: wrap('strong'),
  literal: wrap('code'),
  code: wrap('code'),
  sub: wrap('sub'),
  subscript: wrap('sub'),
  sup: wrap('sup'),
  superscript: wrap('sup'),
  kbd: wrap('kbd'),
  dfn: wrap('dfn'),
  file: code('file'),
  samp: code('samp'),
  command: code('command'),
  program: code('program'),
  envvar: code('envvar'),
  option: code('option'),
  makevar: code('makevar'),
  abbr: (node) => {
    const m = /^([\s\S]+?)\s*\(([\s\S]+)\)$/.exec(node.value);
    return [h('abbr', m ? { title: m[2] } : {}, [text(m ? m[1] : node.value)])];
  },
  manpage: (node, state) => {
    const m = /^([\w.+-]+)\((\w+)\)$/.exec(node.value.trim());
    const shown = h('em', { className: ['manpage'] }, [text(node.value)]);
    if (!m || state.inLink) return [shown];
    return [h('a', { href: `https://man7.org/linux/man-pages/man${m[2]}/${m[1]}.${m[2]}.html`, className: ['reference', 'external'] }, [shown])];
  },
  rfc: (node, state) => {
    const number = /^\d+/.exec(node.value.trim())?.[0];
    const shown = text(`RFC ${node.value.trim()}`);
    return number && !state.inLink ? [h('a', { href: `https://datatracker.ietf.org/doc/html/rfc${number}`, className: ['reference', 'external'] }, [shown])] : [shown];
  },
  term: (node, state) => {
    const { title, target } = split(node.value);
    const shown = h('span', { className: ['xref', 'std', 'std-term'] }, [text(title ?? target)]);
    const id = state.targets.glossary.get(target.toLowerCase());
    return id && !state.inLink ? [h('a', { href: `#${id}`, className: ['reference', 'internal'] }, [shown])] : [shown];
  },
};

function cFunction(node: RstRole, state: RenderState): ElementContent[] {
  const { title, target } = split(node.value);
  const name = target.replace(/^[~!]/, '').replace(/\(\)$/, '').trim();
  const shown = title ?? `${name}()`;
  if (state.inLink) return [h('code', { className: ['xref', 'c', 'c-func'] }, [text(shown)])];
  return [functionReference(name, shown, state.context)];
}

export function roleToHast(node: RstRole, state: RenderState): ElementContent[] {
  const role = node.role ?? 'title-reference';
  if (role === 'c:func' || role === 'func') return cFunction(node, state);
  if (role.startsWith('c:')) {
    const { title, target } = split(node.value);
    return [h('code', { className: ['xref', 'c', `c-${role.slice(2)}`] }, [text(title ?? target.replace(/^[~!]/, ''))])];
  }
  const handler = Object.hasOwn(ROLES, role) ? ROLES[role] : undefined;
  return handler ? handler(node, state) : [h('span', { className: ['role', `role-${role.replace(/[^\w-]/g, '-')}`] }, [text(node.value)])];
}
