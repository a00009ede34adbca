/**
 * Composition: every tree → version facts → lifecycle across versions → the content graph.
 * Pure apart from reading the trees and the parse cache.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { computeLifecycles } from '../graph/lifecycle.ts';
import type { ContentGraph, GraphFlag, GraphKfunc } from '../graph/types.ts';
import { InputError } from '../sources/kernel-tree.ts';
import type { OpenedTree } from '../sources/open-tree.ts';
import { compareVersions } from '../versions/kernel-version.ts';
import { collectVersion, type VersionFacts } from './collect-version.ts';
import { openParseCache } from './parse-cache.ts';
import { parserVersion } from './parser-version.ts';

export interface BuildGraphOptions {
  cacheDir?: string;
  progress?: (message: string) => void;
}

export interface BuiltGraph {
  graph: ContentGraph;
  facts: VersionFacts[];
}

export async function buildGraph(trees: readonly OpenedTree[], options: BuildGraphOptions = {}): Promise<BuiltGraph> {
  const sorted = [...trees].sort((a, b) => compareVersions(a.version, b.version));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].version === sorted[i - 1].version) {
      throw new InputError(`two trees are both version ${sorted[i].version}: ${sorted[i - 1].source} and ${sorted[i].source}`, {
        hint: 'give each tree once, or name distinct versions with =X.Y',
      });
    }
  }
  const facts: VersionFacts[] = [];
  for (const opened of sorted) {
    const started = performance.now();
    const cacheName = `${opened.version}-${createHash('sha1').update(opened.tree.label).digest('hex').slice(0, 12)}`;
    const cache = openParseCache(options.cacheDir, cacheName, parserVersion());
    facts.push(await collectVersion(opened, cache));
    cache.save();
    options.progress?.(`${opened.version}: ${facts.at(-1)!.kfuncs.size} kfuncs from ${opened.tree.label} in ${Math.round(performance.now() - started)} ms`);
  }
  return { graph: assembleGraph(sorted, facts), facts };
}

export function assembleGraph(trees: readonly OpenedTree[], facts: readonly VersionFacts[]): ContentGraph {
  const versions = facts.map((f) => f.version);
  const lifecycles = computeLifecycles(facts.map((f) => f.snapshot));
  const names = [...new Set(facts.flatMap((f) => [...f.kfuncs.keys()]))].sort();
  const kfuncs: GraphKfunc[] = names.map((name) => {
    const perVersion: GraphKfunc['versions'] = {};
    let testOnly = true;
    for (const f of facts) {
      const k = f.kfuncs.get(name);
      if (!k) continue;
      const { testOnly: t, ...rest } = k;
      testOnly &&= t;
      perVersion[f.version] = rest;
    }
    return { name, testOnly, versions: perVersion, lifecycle: lifecycles.get(name) ?? [] };
  });

  const flagNames = [...new Set(facts.flatMap((f) => f.flags.map((d) => d.name)))].sort();
  const flags: GraphFlag[] = flagNames.map((name) => {
    const flag: GraphFlag = { name, versions: {} };
    let seen = false;
    for (const f of facts) {
      const d = f.flags.find((x) => x.name === name);
      if (d) {
        seen = true;
        flag.versions[f.version] = { bit: d.bit, value: d.value, comment: d.comment || d.leadingComment || '', file: d.file, line: d.line };
      } else if (seen && !flag.retiredIn && f.hasSources) {
        flag.retiredIn = f.version;
      }
    }
    return flag;
  });

  const diagnostics: Diagnostic[] = facts.flatMap((f) => f.diagnostics);
  return {
    schemaVersion: 1,
    versions,
    versionInfo: Object.fromEntries(
      trees.map((t) => [t.version, { release: t.release, source: t.source, ...(t.ref ? { ref: t.ref } : {}), ...(t.name ? { name: t.name } : {}) }]),
    ),
    kfuncs,
    flags,
    diagnostics,
  };
}
