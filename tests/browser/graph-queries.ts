/** What the checks look up in the site's /graph.json: the expected content of its pages. */
import type { ContentGraph, GraphKfunc, KfuncVersion } from '../../src/graph/types.ts';

export function newestVersion(graph: ContentGraph): string {
  return graph.versions[graph.versions.length - 1];
}

/** The kfunc as of the last version that has it (what its page and index row describe). */
export function latestVersion(graph: ContentGraph, kfunc: GraphKfunc): KfuncVersion {
  const version = graph.versions.filter((v) => kfunc.versions[v]).at(-1);
  if (!version) throw new Error(`graph.json: ${kfunc.name} has no version`);
  return kfunc.versions[version];
}

export function findKfunc(graph: ContentGraph, name: string): GraphKfunc {
  const kfunc = graph.kfuncs.find((k) => k.name === name);
  if (!kfunc) throw new Error(`graph.json has no kfunc ${name}`);
  return kfunc;
}

/** The first of `preferred` that the graph has, else the first kfunc matching `fallback`. */
export function pickKfunc(graph: ContentGraph, preferred: string[], fallback: (k: GraphKfunc) => boolean): GraphKfunc {
  const kfunc = preferred.map((n) => graph.kfuncs.find((k) => k.name === n)).find(Boolean) ?? graph.kfuncs.find(fallback);
  if (!kfunc) throw new Error(`graph.json has none of ${preferred.join(', ')} nor a fallback kfunc`);
  return kfunc;
}

/** Reference (not test-only) kfunc names carrying `flag` in their latest version. */
export function kfuncsWithFlag(graph: ContentGraph, flag: string): string[] {
  return graph.kfuncs.filter((k) => !k.testOnly && latestVersion(graph, k).flags.includes(flag)).map((k) => k.name);
}

/** A kfunc that lost `flag` between two versions, from its `flags-changed` event. */
export function kfuncThatLostFlag(graph: ContentGraph, flag: string, preferred: string[] = []): { kfunc: GraphKfunc; version: string } | undefined {
  const lost = graph.kfuncs
    .filter((k) => !k.testOnly)
    .flatMap((k) => k.lifecycle.filter((e) => e.kind === 'flags-changed' && e.removed?.includes(flag)).map((e) => ({ kfunc: k, version: e.version })));
  return preferred.map((n) => lost.find((l) => l.kfunc.name === n)).find(Boolean) ?? lost[0];
}
