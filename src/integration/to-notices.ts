/** Deprecation notices, newest first: one per deprecated kfunc, with its evidence. */
import type { NoticeEntry } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { compareVersions } from '../versions/kernel-version.ts';
import { eventPatchRef } from './to-patch-entries.ts';

export function toNotices(ctx: GraphContext): NoticeEntry[] {
  const notices: NoticeEntry[] = [];
  for (const k of ctx.graph.kfuncs) {
    const events = k.lifecycle.filter((e) => e.kind === 'deprecated');
    if (!events.length) continue;
    const first = events[0];
    const planned = events.map((e) => e.removalPlanned).find(Boolean);
    const replacement = events.map((e) => e.to).find(Boolean);
    const successor = replacement ?? k.lifecycle.find((e) => e.kind === 'renamed')?.to;
    const removedIn = k.lifecycle.find((e) => e.kind === 'removed')?.version;
    const stillThere = Boolean(k.versions[ctx.newest]);
    const patch = events.find((e) => e.patch)?.patch;
    notices.push({
      kfunc: k.name,
      since: first.version,
      ...(first.after ? { when: `between ${first.after} and ${first.version}` } : {}),
      ...(planned ? { removalPlanned: planned } : {}),
      ...(successor ? { replacement: successor } : {}),
      ...(removedIn ? { removedIn } : {}),
      pastDue: Boolean(planned && stillThere && compareVersions(ctx.newest, planned) >= 0),
      evidence: events.flatMap((e) => e.evidence.map(ctx.evidence)),
      ...(patch ? { patch: eventPatchRef(patch, ctx) } : {}),
    });
  }
  return notices.sort((a, b) => compareVersions(b.since, a.since) || a.kfunc.localeCompare(b.kfunc));
}
