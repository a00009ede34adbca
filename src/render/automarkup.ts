/**
 * The kernel's cross-link conventions for plain text (Documentation/sphinx/automarkup.py),
 * applied to text in paragraphs: `func()` becomes a link to the kfunc page when it is a kfunc and
 * code-styled text otherwise (as docs.kernel.org shows an unresolved one); `struct foo` is
 * code-styled; a `Documentation/…/x.rst` path or a path relative to the document links to that
 * document, shown by its title; `commit 0123456789ab` links to git.kernel.org.
 */
import { documentPath } from '../rst/resolve-references.ts';
import { h, text } from './hast-builders.ts';
import type { RenderContext } from './render-context.ts';
import type { TextRule } from './text-rules.ts';

// The patterns of automarkup.py; `\w` there is ASCII for functions and C types.
const FUNCTION = /\b(([a-zA-Z_]\w+)\(\))/g;
const C_TYPE = /\b(struct|union|enum|typedef)\s+([a-zA-Z_]\w+)/g;
const DOC = /(\bDocumentation\/)?((?:\.\.\/)*[\w\-/]+)\.(rst|txt)/g;
const GIT = /commit\s+([0-9a-f]{12,40})(?:\s+\(".*?"\))?/gis;

/** Reserved words, English words after `struct`, and system calls that automarkup never links. */
const SKIP_NAMES = new Set(['for', 'if', 'register', 'sizeof', 'struct', 'unsigned']);
const SKIP_IDENTIFIERS = new Set(['that', 'which', 'where', 'whose']);
const SKIP_FUNCTIONS = new Set(['open', 'close', 'read', 'write', 'fcntl', 'mmap', 'select', 'poll', 'fork', 'execve', 'clone', 'ioctl', 'socket']);

/** A function name shown as code, linked to its kfunc page when it is a kfunc (also for `:c:func:`). */
export function functionReference(name: string, shown: string, context: RenderContext) {
  const code = h('code', { className: ['xref', 'c', 'c-func'] }, [text(shown)]);
  const href = context.kfuncHref(name);
  return href ? h('a', { href, className: ['reference', 'kfunc'] }, [code]) : code;
}

export function automarkupRules(context: RenderContext): TextRule[] {
  return [
    {
      pattern: FUNCTION,
      hint: '()',
      render: (m) => (SKIP_NAMES.has(m[2]) || SKIP_FUNCTIONS.has(m[2]) ? undefined : [functionReference(m[2], m[1], context)]),
    },
    {
      pattern: C_TYPE,
      render: (m) =>
        SKIP_IDENTIFIERS.has(m[2]) || SKIP_NAMES.has(m[2]) ? undefined : [h('code', { className: ['xref', 'c', `c-${m[1] === 'typedef' ? 'type' : m[1]}`] }, [text(m[0])])],
    },
    {
      pattern: DOC,
      hint: '.',
      render: (m) => {
        const path = documentPath(context.path, m[1] ? `/${m[2]}` : m[2]);
        const href = context.docHref(path);
        return href ? [h('a', { href, className: ['reference', 'doc'] }, [text(context.docTitle?.(path) ?? m[0])])] : undefined;
      },
    },
    {
      pattern: GIT,
      hint: 'commit',
      render: (m) => [h('a', { href: `https://git.kernel.org/torvalds/c/${m[1]}`, className: ['reference', 'external'] }, [text(m[0])])],
    },
  ];
}

/** Standalone URIs, which docutils links wherever text is not already a link. */
export const URI_RULE: TextRule = {
  pattern: /\b(?:https?|ftp):\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}]/g,
  hint: '://',
  render: (m) => [h('a', { href: m[0], className: ['reference', 'external'] }, [text(m[0])])],
};
