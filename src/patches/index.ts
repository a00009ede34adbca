/** The patches stage: read patches from mail or diffs, apply them to an in-memory overlay of a tree. */
export { readMessages } from './read-messages.ts';
export { parseUnifiedDiff, type UnifiedDiff } from './parse-unified-diff.ts';
export { applyPatch } from './apply-patch.ts';
export { applySeries, type SeriesResult } from './apply-series.ts';
export { patchSeries, type Series } from './patch-series.ts';
export { parseSubject } from './parse-subject.ts';
export { parseMessageIds } from './parse-message-ids.ts';
export { parseTrailers } from './parse-trailers.ts';
export { unquoteLine, isElision, type UnquotedLine } from './unquote-line.ts';
export { unsafePathReason } from './unsafe-path-reason.ts';
export { NO_PATCH, FRAGMENTS_ONLY } from './extract-patch.ts';
export { PATCH_CODES, type PatchCode } from './codes.ts';
export { overlayTree } from '../sources/overlay-tree.ts';
export type * from './types.ts';
