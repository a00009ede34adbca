/**
 * Composition: every tree → version facts (C sources) and documents (rst guides) → lifecycle
 * across versions → checks → the content graph. Pure apart from reading the trees and the cache.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_ILLUSTRATIVE_KFUNCS } from '../config/checks-defaults.ts';
import { checkRenumberedMentions } from '../checks/check-renumbered-mentions.ts';
import { runDriftChecks } from '../checks/drift-checks.ts';
import { runRstChecks } from '../checks/rst-checks.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { computeLifecycles } from '../graph/lifecycle.ts';
import type { ContentGraph, GraphFlag, GraphKfunc } from '../graph/types.ts';
import { InputError } from '../sources/kernel-tree.ts';
import type { OpenedTree } from '../sources/open-tree.ts';
import { compareVersions } from '../versions/kernel-version.ts';
import { collectCallSites, type CallSite } from './call-sites.ts';
import { collectDirectiveSources, readHelperNames } from './collect-directive-sources.ts';
import { collectDocuments, type DocumentFacts } from './collect-documents.ts';
import { collectVersion, type VersionFacts } from './collect-version.ts';
import { toGraphDocuments } from './graph-documents.ts';
import { openParseCache } from './parse-cache.ts';
import { parserVersion } from './parser-version.ts';
import { linkDeprecations, toGraphPatches } from './content-patches.ts';
import type { MailMessage } from '../patches/types.ts';
import type { KfuncNote } from './read-notes.ts';

export interface BuildGraphOptions {
  cacheDir?: string;
  progress?: (message: string) => void;
  /** Collect "used in" call sites (the site shows them; `check` does not need them). Default true. */
  callSites?: boolean;
  /** Names the guides use as illustrations (config `checks.illustrativeKfuncs`). */
  illustrativeKfuncs?: readonly string[];
  /** Hand-written notes (content/kfuncs/*.md): their deprecation notices join the evidence. */
  notes?: readonly KfuncNote[];
  /** Mailing-list patches (content/patches/), linked with the kfuncs and sections they touch. */
  patches?: readonly MailMessage[];
  /** Problems found reading those inputs, reported with the graph's own. */
  inputDiagnostics?: readonly Diagnostic[];
}

export interface VersionBuild {
  opened: OpenedTree;
  facts: VersionFacts;
  docs: DocumentFacts;
  directiveSources: Map<string, Set<string> | null>;
  /** The `DOC:` blocks of the files kernel-doc directives name: file → title → text (`:doc:` shows them). */
  docBlocks: Map<string, Map<string, string>>;
  helpers: Set<string>;
}

export interface BuiltGraph {
  graph: ContentGraph;
  /** Per version, oldest first: what the graph was made from (the renderer reads the rst trees). */
  builds: VersionBuild[];
}


/** The name of a tree's caches: its version and the tree on disk (a patched tree's base). */
export function treeCacheName(opened: OpenedTree): string {
  let onDisk = opened.tree;
  while (onDisk.overlay) onDisk = onDisk.overlay.base;
  return `${opened.version}-${createHash('sha1').update(onDisk.label).digest('hex').slice(0, 12)}`;
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
  const builds: VersionBuild[] = [];
  for (const opened of sorted) {
    const started = performance.now();
    // A tree seen through a patch reads its base's cache and leaves it as it is: the patched
    // files' results stay in this process, and the base's files are read once for both states.
    const cache = openParseCache(options.cacheDir, treeCacheName(opened), parserVersion(), { readOnly: Boolean(opened.tree.overlay) });
    // The C scan runs in worker threads; the guides are parsed on this thread meanwhile.
    const factsPromise = collectVersion(opened, cache);
    const docs = await collectDocuments(opened.tree, cache);
    const callSites = options.callSites === false ? new Map<string, CallSite[]>() : await collectCallSites(opened.tree, cache);
    const [facts, { sources: directiveSources, docBlocks }, helpers] = await Promise.all([
      factsPromise,
      collectDirectiveSources(opened.tree, docs.documents, cache),
      readHelperNames(opened.tree),
    ]);
    for (const [name, k] of facts.kfuncs) {
      const sites = callSites.get(name);
      if (sites) k.usedIn = sites;
    }
    cache.save();
    builds.push({ opened, facts, docs, directiveSources, docBlocks, helpers });
    options.progress?.(`${opened.version}: ${facts.kfuncs.size} kfuncs, ${docs.documents.length} guides from ${opened.tree.label} in ${Math.round(performance.now() - started)} ms`);
  }
  mergeNotes(builds, options.notes ?? []);
  const graph = assembleGraph(builds);
  if (options.patches?.length) {
    graph.patches = toGraphPatches(options.patches, graph);
    linkDeprecations(graph);
  }
  graph.diagnostics.push(...checkVersions(builds, graph, options), ...(options.inputDiagnostics ?? []));
  return { graph, builds };
}

/** A note's deprecation counts from its `since` version on, in every tree that has the kfunc. */
function mergeNotes(builds: readonly VersionBuild[], notes: readonly KfuncNote[]): void {
  for (const note of notes) {
    if (!note.deprecation) continue;
    const { since, removal, replacement, links } = note.deprecation;
    for (const b of builds) {
      const k = b.facts.kfuncs.get(note.kfunc);
      if (!k || compareVersions(b.opened.version, since) < 0) continue;
      const cited = links.map((l) => ('url' in l ? l.url : l.messageId)).join(', ');
      k.deprecations.push({
        source: 'content',
        file: note.file,
        line: note.deprecationLine,
        version: b.opened.version,
        text: `deprecation notice in ${note.file} (since ${since}${cited ? `; ${cited}` : ''})`,
        ...(removal ? { removalPlanned: removal, deadlineText: removal } : {}),
        ...(replacement ? { replacement } : {}),
      });
    }
  }
}

function checkVersions(builds: readonly VersionBuild[], graph: ContentGraph, options: BuildGraphOptions): Diagnostic[] {
  const newestVersion = builds.at(-1)?.opened.version ?? '';
  const illustrative = new Set(options.illustrativeKfuncs ?? DEFAULT_ILLUSTRATIVE_KFUNCS);
  const out: Diagnostic[] = [];
  builds.forEach((b, i) => {
    const version = b.opened.version;
    out.push(...runRstChecks(b.docs.documents, b.docs.resolveOptions).map((d) => ({ ...d, version })));
    // Prose that still names a section by its number in the previous version scanned.
    if (i > 0) out.push(...checkRenumberedMentions(builds[i - 1].docs.documents, b.docs.documents).map((d) => ({ ...d, version })));
    if (!b.facts.hasSources && b.docs.documents.length) {
      out.push(
        diagnostic('checks-skipped-no-sources', 'info', { file: b.docs.documents[0].path, line: 1 }, `${b.opened.tree.label} has no C sources: the doc↔code checks were skipped`, {
          hint: 'give a whole kernel tree to check flags, kernel-doc directives and kfunc names against the code',
          version,
        }),
      );
    }
    const elsewhere = new Map<string, string>();
    for (const k of graph.kfuncs) {
      if (version in k.versions) continue;
      // Only names that left by this version are stale; a later kfunc's name may already be a
      // BPF-side macro (6.12's bpf_obj_new() wraps the kfunc bpf_obj_new_impl()).
      const fate = k.lifecycle.find((e) => (e.kind === 'renamed' || e.kind === 'removed') && compareVersions(e.version, version) <= 0);
      if (fate) elsewhere.set(k.name, fate.kind === 'renamed' ? `renamed to ${fate.to} in ${fate.version}` : `removed in ${fate.version}`);
    }
    out.push(
      ...runDriftChecks({
        version,
        newestVersion,
        hasSources: b.facts.hasSources,
        documents: b.docs.documents,
        texts: b.docs.texts,
        flags: b.facts.flags,
        kfuncs: b.facts.kfuncs,
        functions: b.facts.functions,
        elsewhere,
        helpers: b.helpers,
        kernelDocSources: b.directiveSources,
        illustrative,
      }),
    );
  });
  return out;
}

export function assembleGraph(builds: readonly VersionBuild[]): ContentGraph {
  const facts = builds.map((b) => b.facts);
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

  return {
    schemaVersion: 1,
    versions,
    versionInfo: Object.fromEntries(
      builds.map(({ opened: t }) => [t.version, { release: t.release, source: t.source, ...(t.ref ? { ref: t.ref } : {}), ...(t.name ? { name: t.name } : {}) }]),
    ),
    kfuncs,
    flags,
    documents: builds.flatMap((b) => toGraphDocuments(b.opened.version, b.docs)),
    diagnostics: facts.flatMap((f) => f.diagnostics),
  };
}
