import { looseLine, type PreparedHunk } from './locate-hunk.ts';
import type { HunkFailure } from './types.ts';

const bare = (line: string | undefined) => (line ?? '').replace(/\r?\n$/, '');

/**
 * What the tree holds where a hunk was expected, beside what the hunk needs: the first differing
 * line, and the place where most of the hunk's lines match when that is elsewhere.
 */
export function describeHunkFailure(lines: readonly string[], prepared: PreparedHunk, hunkNumber: number, expectedAt: number): Omit<HunkFailure, 'file'> {
  const { pre, hunk } = prepared;
  const found = lines.slice(expectedAt, expectedAt + pre.length);
  const mismatch = pre.findIndex((l, k) => found[k] !== l);
  const score = (at: number) => pre.reduce((n, l, k) => n + (looseLine(lines[at + k] ?? '') === looseLine(l) ? 1 : 0), 0);
  const here = score(expectedAt);
  let best = { at: expectedAt, matching: here };
  for (let at = 0; at + pre.length <= lines.length; at++) {
    const s = score(at);
    if (s > best.matching || (s === best.matching && Math.abs(at - expectedAt) < Math.abs(best.at - expectedAt))) best = { at, matching: s };
  }
  return {
    hunk: hunkNumber,
    header: hunk.header,
    patchLine: hunk.line,
    expectedAt: expectedAt + 1,
    expected: pre.map(bare),
    found: found.map(bare),
    ...(mismatch >= 0 ? { firstMismatch: expectedAt + mismatch + 1 } : {}),
    ...(best.at !== expectedAt && best.matching > here ? { closest: { at: best.at + 1, matching: best.matching } } : {}),
  };
}
