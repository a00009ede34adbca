import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import { applyPatch } from './apply-patch.ts';
import type { ApplyResult, Patch } from './types.ts';

export interface SeriesResult {
  /** True when every patch applied; when false, `tree` is the input tree, untouched. */
  ok: boolean;
  tree: KernelTree;
  /** One result per patch tried, in order; the series stops at the first failure. */
  steps: ApplyResult[];
  diagnostics: Diagnostic[];
}

/** Applies patches in order, each on top of the previous ones, all or nothing. */
export async function applySeries(tree: KernelTree, patches: readonly Patch[]): Promise<SeriesResult> {
  const steps: ApplyResult[] = [];
  const diagnostics: Diagnostic[] = [];
  let current = tree;
  for (const [k, patch] of patches.entries()) {
    const step = await applyPatch(current, patch);
    steps.push(step);
    diagnostics.push(...step.diagnostics);
    if (!step.ok) {
      for (const later of patches.slice(k + 1)) {
        diagnostics.push(diagnostic('patch-not-applied', 'info', { file: later.source, line: later.line }, `not applied: patch ${k + 1} of the series failed before it`));
      }
      return { ok: false, tree, steps, diagnostics };
    }
    current = step.tree;
  }
  return { ok: true, tree: current, steps, diagnostics };
}
