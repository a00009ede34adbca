/**
 * Composition of a preview: pick the patches, apply them to an in-memory overlay of the tree
 * (the tree itself is only read), build the graph of both states and diff them. Both builds share
 * one view of the tree, so the whole-tree scan runs once and each file is read once.
 */
import { checkRenumberedMentions } from '../checks/check-renumbered-mentions.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { applySeries } from '../patches/index.ts';
import type { HunkFailure, MailMessage } from '../patches/types.ts';
import { buildGraph, type BuiltGraph } from '../pipeline/build-graph.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import type { OpenedTree } from '../sources/open-tree.ts';
import { compareStates } from './compare-states.ts';
import { diffDiagnostics } from './diff-diagnostics.ts';
import { memoTree } from './memo-tree.ts';
import { patchSummary } from './patch-summary.ts';
import type { Permalinks } from './permalinks.ts';
import { PREVIEW_SCHEMA, type PatchSummary, type PreviewReport } from './preview-report.ts';
import { selectPatches } from './select-patches.ts';

export interface PreviewOptions {
  cacheDir?: string;
  links: Permalinks;
  /** The version is a placeholder (a tree with no Makefile): leave it out of the report. */
  hideVersion?: boolean;
  /** Diagnostics from reading the input (readMessages), for the no-patch error. */
  readDiagnostics?: readonly Diagnostic[];
  progress?: (message: string) => void;
  /** Names the guides use as illustrations, not as kfuncs (config `checks.illustrativeKfuncs`). */
  illustrativeKfuncs?: readonly string[];
}

export type PreviewOutcome =
  | {
      ok: true;
      report: PreviewReport;
      /** The touched files as patched: path → text, null when deleted. */
      patched: Map<string, string | null>;
      /**
       * The patched tree the report was built from. The base under it keeps what the preview
       * read (files, scans, incremental readings): a graph built from it again (the site of
       * `--serve`) reads nothing twice.
       */
      tree: KernelTree;
    }
  | {
      ok: false;
      patch: PatchSummary;
      diagnostics: Diagnostic[];
      failures: HunkFailure[];
      /** Which patch of the input did not apply (1-based), when there are several. */
      failedAt: { index: number; of: number; subject: string | null };
    };

/** Said once when the tree has only guides (the graph says it per version). */
export const SKIPPED_NO_SOURCES = 'this tree has no C sources: kfunc changes, flag definitions and the checks that compare the guides with the code were skipped';
const SKIPPED_CODE = 'checks-skipped-no-sources';

export async function previewPatch(opened: OpenedTree, messages: readonly MailMessage[], source: string, options: PreviewOptions): Promise<PreviewOutcome> {
  const series = selectPatches(messages, source, options.readDiagnostics);
  const base = memoTree(opened.tree);
  const applied = await applySeries(base, series.items.map((i) => i.patch));
  const patch = patchSummary(source, series, applied);
  if (!applied.ok) {
    const index = applied.steps.length;
    const failedAt = { index, of: series.items.length, subject: series.items[index - 1]?.message.subject.text || null };
    return { ok: false, patch, diagnostics: [...series.diagnostics, ...applied.diagnostics], failures: applied.steps.flatMap((s) => s.failures), failedAt };
  }
  const touched = [...new Set(patch.files.flatMap((f) => (f.from ? [f.from, f.file] : [f.file])))].sort();
  const build = (tree: KernelTree): Promise<BuiltGraph> =>
    buildGraph([{ ...opened, tree }], {
      cacheDir: options.cacheDir,
      progress: options.progress,
      illustrativeKfuncs: options.illustrativeKfuncs,
      // Where selftests call a kfunc is for the site; a patch's report does not show it.
      callSites: false,
    });
  const [before, after] = await Promise.all([build(base), build(applied.tree)]);
  const [b, a] = [before.builds[0], after.builds[0]];
  const hasSources = b.facts.hasSources || a.facts.hasSources;
  const compared = compareStates(b, a, touched, options.links);
  const findings = (list: readonly Diagnostic[]) => comparable(list, options.hideVersion ?? false);
  const diagnostics = diffDiagnostics(findings(before.graph.diagnostics), findings([...after.graph.diagnostics, ...checkRenumberedMentions(b.docs.documents, a.docs.documents)]));

  const patched = new Map<string, string | null>();
  for (const file of patch.files) {
    if (file.from && file.status === 'renamed') patched.set(file.from, null);
    patched.set(file.file, (await applied.tree.readFile(file.file)) ?? null);
  }
  const report: PreviewReport = {
    schema: PREVIEW_SCHEMA,
    patch,
    tree: { label: opened.tree.label, version: options.hideVersion ? null : opened.version, hasSources },
    site: options.links.root,
    ...compared,
    diagnostics,
    skipped: hasSources ? [] : [SKIPPED_NO_SOURCES],
  };
  return { ok: true, report, patched, tree: applied.tree };
}

/**
 * Findings as the diff compares them: the per-version "checks skipped" note left out (the report
 * says it once), and a placeholder version (a tree with no Makefile) not shown, not even on findings.
 */
function comparable(list: readonly Diagnostic[], hideVersion: boolean): Diagnostic[] {
  return list
    .filter((d) => d.code !== SKIPPED_CODE)
    .map((d) => {
      if (!hideVersion || d.version === undefined) return d;
      const { version: _placeholder, ...rest } = d;
      return rest;
    });
}
