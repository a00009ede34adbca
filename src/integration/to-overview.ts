/** The overview page's data: versions covered, counts, and what happened lately. */
import type { NoticeEntry, OverviewEntry, VersionEntry } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { toCheckView } from './to-kfunc-entry.ts';

/** Latest first, one line per kfunc: a rename names its successor even when the old name left later. */
function removals(versions: VersionEntry[]): OverviewEntry['removals'] {
  const renamedTo = new Map(versions.flatMap((v) => v.renamed.map((r) => [r.from, r.to] as const)));
  const seen = new Set<string>();
  const out: OverviewEntry['removals'] = [];
  for (const v of [...versions].reverse()) {
    for (const name of [...v.removed, ...v.renamed.map((r) => r.from)]) {
      if (seen.has(name)) continue;
      seen.add(name);
      const to = renamedTo.get(name);
      out.push({ name, version: v.version, ...(to ? { renamedTo: to } : {}) });
    }
  }
  return out.slice(0, 10);
}

export function toOverview(ctx: GraphContext, versions: VersionEntry[], notices: NoticeEntry[]): OverviewEntry {
  const { graph, newest } = ctx;
  const current = graph.kfuncs.filter((k) => k.versions[newest]);
  const newestEntry = versions.at(-1);
  return {
    versions: versions.map((v) => ({ version: v.version, release: v.release, kfuncs: v.counts.kfuncs, added: v.added.length, removed: v.removed.length + v.renamed.length })),
    newest,
    counts: {
      kfuncs: graph.kfuncs.filter((k) => !k.testOnly).length,
      current: current.filter((k) => !k.testOnly).length,
      testOnly: graph.kfuncs.filter((k) => k.testOnly).length,
      flags: graph.flags.filter((f) => f.versions[newest]).length,
      deprecated: notices.filter((n) => !n.removedIn).length,
      removed: graph.kfuncs.filter((k) => !k.versions[newest]).length,
      checks: graph.diagnostics.length,
    },
    recentAdditions: newestEntry?.added ?? [],
    deprecations: notices.slice(0, 10),
    removals: removals(versions),
    checks: graph.diagnostics.map((d) => toCheckView(d, ctx)),
  };
}
