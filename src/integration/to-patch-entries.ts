/**
 * Mailing-list patches (content/patches/, `graph.patches`) → their pages (/patches/<id>/) and the
 * references other pages make to them: a kfunc's "Patches" list, a deprecation naming its patch.
 */
import { messageLink } from '../config/site-config.ts';
import type { GraphPatch } from '../graph/types.ts';
import type { GuideSectionRef, PatchEntry, PatchRef } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { newestDocuments, sectionAnchor } from './guide-sections.ts';
import { patchSlug } from './patch-slug.ts';
import { flagNames } from './flag-names.ts';

/** A diff read without mail headers has `file:line` for a Message-ID: nothing to link in an archive. */
const isMessageId = (id: string) => /^[^\s@<>]+@[^\s@<>]+$/.test(id);

function seriesOf(p: GraphPatch): string | null {
  const parts = [p.version ? `v${p.version}` : '', p.index ? `${p.index}/${p.total ?? '?'}` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** How another page cites a patch; one that content/patches/ does not hold gets no page link. */
export function patchRef(p: Pick<GraphPatch, 'messageId' | 'subject'> & Partial<GraphPatch>, ctx: GraphContext): PatchRef {
  const id = patchSlug(p.messageId);
  const known = (ctx.graph.patches ?? []).some((x) => x.messageId === p.messageId);
  return {
    id,
    href: known ? ctx.href(`/patches/${id}/`) : null,
    messageId: p.messageId,
    messageUrl: isMessageId(p.messageId) ? messageLink(ctx.config, p.messageId) : null,
    subject: p.subject,
    author: p.author?.name || p.author?.email || null,
    date: p.date ? p.date.slice(0, 10) : null,
  };
}

/** The patch a lifecycle event names, as the graph has it (with author and date) when it can. */
export function eventPatchRef(patch: { messageId: string; subject: string }, ctx: GraphContext): PatchRef {
  return patchRef((ctx.graph.patches ?? []).find((p) => p.messageId === patch.messageId) ?? patch, ctx);
}

/** Patches that touched a kfunc (named it in a changed line, or deprecate, rename or remove it), oldest first. */
export function patchesTouching(name: string, ctx: GraphContext): PatchRef[] {
  return (ctx.graph.patches ?? [])
    .filter((p) => p.kfuncs.includes(name) || p.changes.some((c) => c.subject === 'kfunc' && (c.name === name || c.to === name)))
    .map((p) => patchRef(p, ctx))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.subject.localeCompare(b.subject));
}

function sectionsOf(p: GraphPatch, ctx: GraphContext): GuideSectionRef[] {
  const docs = newestDocuments(ctx);
  return p.sections.map((s) => {
    const section = docs.find((d) => d.path === s.path)?.sections.find((x) => x.id === s.id);
    return { path: s.path, number: s.number, title: s.title, href: ctx.guideHref(s.path, section ? sectionAnchor(section) : s.id) };
  });
}

/** Newest first. */
export function toPatchEntries(ctx: GraphContext): PatchEntry[] {
  const flags = new Set(flagNames(ctx));
  const kfuncHref = (name: string) => (ctx.kfuncNames.has(name) ? ctx.href(`/kfuncs/${name}/`) : null);
  const flagHref = (name: string) => (flags.has(name) ? ctx.href(`/flags/${name}/`) : null);
  const newest = ctx.newest;
  return (ctx.graph.patches ?? [])
    .map((p): PatchEntry => {
      const ref = patchRef(p, ctx);
      return {
        ...ref,
        href: ref.href ?? ctx.href(`/patches/${ref.id}/`),
        title: p.title,
        email: p.author?.email || null,
        series: seriesOf(p),
        source: p.source,
        files: p.files.map((file) => ({ file, url: ctx.source(file, 1, newest).url })),
        kfuncs: p.kfuncs.map((name) => ({ name, href: kfuncHref(name) })),
        sections: sectionsOf(p, ctx),
        changes: p.changes.map((c) => {
          const link = c.subject === 'kfunc' ? kfuncHref : flagHref;
          return { subject: c.subject, name: c.name, kind: c.kind, href: link(c.name), ...(c.to ? { to: { name: c.to, href: link(c.to) } } : {}) };
        }),
      };
    })
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.subject.localeCompare(b.subject));
}
