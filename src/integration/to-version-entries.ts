/** One entry per version covered: what changed from the previous version covered. */
import type { GraphKfunc } from '../graph/types.ts';
import type { VersionEntry } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { sectionAnchor } from './guide-sections.ts';

function delta(before: string[] = [], after: string[] = []) {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

/** Sections of the same guide with the same heading id whose number changed. */
function renumbered(ctx: GraphContext, previous: string | null, version: string): VersionEntry['sectionsRenumbered'] {
  if (!previous) return [];
  const docs = ctx.graph.documents ?? [];
  const out: VersionEntry['sectionsRenumbered'] = [];
  for (const doc of docs.filter((d) => d.version === version)) {
    const before = docs.find((d) => d.version === previous && d.path === doc.path);
    if (!before) continue;
    for (const s of doc.sections) {
      const old = before.sections.find((o) => o.id === s.id);
      if (old?.number && s.number && old.number !== s.number) {
        out.push({ path: doc.path, title: s.title, from: old.number, to: s.number, href: ctx.guideHref(doc.path, sectionAnchor(s)) });
      }
    }
  }
  return out;
}

const at = (k: GraphKfunc, version: string, kind: string) => k.lifecycle.find((e) => e.version === version && e.kind === kind);

export function toVersionEntries(ctx: GraphContext): VersionEntry[] {
  const { graph } = ctx;
  return graph.versions.map((version, i) => {
    const previous = i > 0 ? graph.versions[i - 1] : null;
    const here = graph.kfuncs.filter((k) => k.versions[version]);
    const before = previous ? graph.kfuncs.filter((k) => k.versions[previous]) : [];
    const both = previous ? here.filter((k) => k.versions[previous]) : [];
    const changed = (pick: (k: GraphKfunc, v: string) => string[]) =>
      both
        .map((k) => ({ name: k.name, ...delta(pick(k, previous!), pick(k, version)) }))
        .filter((d) => d.added.length || d.removed.length);
    const flagsHere = graph.flags.filter((f) => f.versions[version]).map((f) => f.name);
    const flagsBefore = previous ? graph.flags.filter((f) => f.versions[previous]).map((f) => f.name) : [];
    return {
      version,
      release: graph.versionInfo[version]?.release ?? version,
      ...(graph.versionInfo[version]?.name ? { name: graph.versionInfo[version].name } : {}),
      source: graph.versionInfo[version]?.source ?? '',
      previous,
      counts: { kfuncs: here.length, testOnly: here.filter((k) => k.testOnly).length, flags: flagsHere.length },
      added: previous ? here.filter((k) => !k.versions[previous]).map((k) => k.name) : [],
      removed: before.filter((k) => !k.versions[version] && !at(k, version, 'renamed')).map((k) => k.name),
      testOnly: [...here, ...before].filter((k) => k.testOnly).map((k) => k.name).filter((n, j, all) => all.indexOf(n) === j),
      renamed: graph.kfuncs.flatMap((k) => k.lifecycle.filter((e) => e.version === version && e.kind === 'renamed' && e.to).map((e) => ({ from: k.name, to: e.to! }))),
      deprecated: graph.kfuncs.filter((k) => at(k, version, 'deprecated')).map((k) => k.name),
      flagsChanged: changed((k, v) => k.versions[v].flags),
      programTypesChanged: changed((k, v) => k.versions[v].programTypes),
      signatureChanged: both
        .filter((k) => k.versions[previous!].bpfDeclaration !== k.versions[version].bpfDeclaration)
        .map((k) => ({ name: k.name, detail: at(k, version, 'signature-changed')?.detail ?? k.versions[version].bpfDeclaration ?? '' })),
      flagsAdded: previous ? flagsHere.filter((f) => !flagsBefore.includes(f)) : [],
      flagsRetired: flagsBefore.filter((f) => !flagsHere.includes(f)),
      sectionsRenumbered: renumbered(ctx, previous, version),
    };
  });
}
