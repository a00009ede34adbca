/** The preview stage: what a patch does to a tree's guides, kfuncs, flags and findings. */
export { previewPatch, SKIPPED_NO_SOURCES, type PreviewOptions, type PreviewOutcome } from './preview-patch.ts';
export { compareStates, type Comparison } from './compare-states.ts';
export { diffDocuments, isQuiet } from './diff-documents.ts';
export { diffReferences } from './diff-references.ts';
export { diffKfuncs, fieldChanges, type KfuncState } from './diff-kfuncs.ts';
export { diffFlags } from './diff-flags.ts';
export { documentedFlags, type FlagDoc, type FlagState } from './documented-flags.ts';
export { diffDiagnostics, diagnosticKey } from './diff-diagnostics.ts';
export { permalinks, type Permalinks } from './permalinks.ts';
export { formatPreviewText, formatPatchHeader, type PreviewTextOptions } from './format-preview-text.ts';
export { formatApplyFailure, formatHunkFailure } from './format-apply-failure.ts';
export { linksFromPatches, linksFromReport, formatLinks, type PatchLink } from './patch-links.ts';
export { selectPatches } from './select-patches.ts';
export { memoTree } from './memo-tree.ts';
export type * from './preview-report.ts';
