/**
 * Deprecation notices from hand-written notes, for kfuncs whose source carries none, merged with
 * the graph's notices (the source wins: a note never hides or changes what the kernel says).
 */
import { compareVersions } from '../versions/kernel-version.ts';
import type { NoticeEntry } from './entry-types.ts';
import type { Note } from '../config/note-schema.ts';

export interface NoteInput {
  /** The note's collection id (its file name without `.md`). */
  id: string;
  data: Note;
}

export interface NoticeContext {
  /** `messageIdUrl` of the site config. */
  messageLink: (messageId: string) => string;
  /** Versions covered, oldest first, and the kfuncs registered in the newest. */
  newest: string;
  inNewest: (kfunc: string) => boolean;
  /** Whether the graph knows the kfunc: a note about another tree's kfunc is left out. */
  exists: (kfunc: string) => boolean;
}

export function noteNotice(note: NoteInput, ctx: NoticeContext): NoticeEntry | undefined {
  const d = note.data.deprecation;
  if (!d) return undefined;
  const kfunc = note.data.kfunc ?? note.id;
  return {
    kfunc,
    since: d.since,
    ...(d.removal ? { removalPlanned: d.removal } : {}),
    ...(d.replacement ? { replacement: d.replacement } : {}),
    pastDue: Boolean(d.removal && ctx.inNewest(kfunc) && ctx.newest && compareVersions(ctx.newest, d.removal) >= 0),
    evidence: [],
    note: {
      file: `content/kfuncs/${note.id}.md`,
      links: d.links.map((l) =>
        'url' in l ? { title: l.title, url: l.url } : { title: l.title ?? l.messageId, url: ctx.messageLink(l.messageId) },
      ),
    },
  };
}

/** Graph notices plus note notices for kfuncs the graph has no notice for, newest first. */
export function mergeNotices(fromGraph: NoticeEntry[], notes: NoteInput[], ctx: NoticeContext): NoticeEntry[] {
  const known = new Set(fromGraph.map((n) => n.kfunc));
  const extra = notes
    .map((n) => noteNotice(n, ctx))
    .filter((n): n is NoticeEntry => Boolean(n && !known.has(n.kfunc) && ctx.exists(n.kfunc)));
  return [...fromGraph, ...extra].sort((a, b) => compareVersions(b.since, a.since) || a.kfunc.localeCompare(b.kfunc));
}
