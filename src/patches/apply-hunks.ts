import { describeHunkFailure } from './describe-hunk-failure.ts';
import { locateHunk, prepareHunk, type Location } from './locate-hunk.ts';
import type { ApplyMethod, Hunk, HunkFailure, HunkResult } from './types.ts';

export type HunksApplied =
  | { ok: true; text: string; hunks: HunkResult[] }
  | { ok: false; failure: Omit<HunkFailure, 'file'>; hunks: HunkResult[] };

/** Lines with their line ends kept, so that a last line without a newline stays so. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

const methodOf = (at: Location, offset: number): ApplyMethod =>
  at.loose ? 'whitespace' : at.fuzz > 0 ? 'fuzz' : offset !== 0 ? 'offset' : 'exact';

/**
 * Applies a file's hunks to its text, all or nothing. Each hunk is looked for where its header says,
 * shifted by the offset the previous hunk needed (as `patch` does), and never before the end of the
 * previous hunk. Context lines keep the file's text; only removed and added lines change.
 */
export function applyHunks(text: string, hunks: readonly Hunk[]): HunksApplied {
  const lines = splitLines(text);
  const results: HunkResult[] = [];
  const placed: { at: Location; hunk: Hunk }[] = [];
  let minStart = 0;
  let lastOffset = 0;
  for (const [k, hunk] of hunks.entries()) {
    const prepared = prepareHunk(hunk);
    const stated = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    const expected = Math.max(0, stated + lastOffset);
    const at = locateHunk(lines, prepared, expected, minStart);
    if (!at) return { ok: false, hunks: results, failure: describeHunkFailure(lines, prepared, k + 1, Math.min(expected, lines.length)) };
    const offset = at.start - at.trimHead - stated;
    lastOffset = offset;
    minStart = at.start + prepared.pre.length - at.trimHead - at.trimTail;
    placed.push({ at, hunk });
    results.push({ hunk: k + 1, header: hunk.header, method: methodOf(at, offset), offset, fuzz: at.fuzz, at: at.start + 1 });
  }
  const out: string[] = [];
  let cursor = 0;
  for (const { at, hunk } of placed) {
    const body = hunk.lines.slice(at.trimHead, hunk.lines.length - at.trimTail);
    while (cursor < at.start) out.push(lines[cursor++]);
    for (const l of body) {
      if (l.kind === ' ') out.push(lines[cursor++]);
      else if (l.kind === '-') cursor++;
      else out.push(l.noNewline ? l.text : l.text + '\n');
    }
  }
  while (cursor < lines.length) out.push(lines[cursor++]);
  return { ok: true, text: out.join(''), hunks: results };
}
