import type { Hunk } from './types.ts';

/** `patch`'s default: at most two context lines may be ignored at each end of a hunk. */
export const MAX_FUZZ = 2;

/** A hunk ready to match: the lines it needs (old side) with their line ends, and its context. */
export interface PreparedHunk {
  hunk: Hunk;
  pre: string[];
  prefix: number;
  suffix: number;
}

export interface Location {
  /** 0-based index in the file of the first line of the trimmed hunk. */
  start: number;
  fuzz: number;
  /** Whitespace differences were ignored. */
  loose: boolean;
  /** Context lines left unchecked at the start and end of the hunk. */
  trimHead: number;
  trimTail: number;
}

const withEnd = (text: string, noNewline?: boolean) => (noNewline ? text : text + '\n');

export function prepareHunk(hunk: Hunk): PreparedHunk {
  const old = hunk.lines.filter((l) => l.kind !== '+');
  const lead = hunk.lines.findIndex((l) => l.kind !== ' ');
  const trail = [...hunk.lines].reverse().findIndex((l) => l.kind !== ' ');
  return {
    hunk,
    pre: old.map((l) => withEnd(l.text, l.noNewline)),
    prefix: lead < 0 ? hunk.lines.length : lead,
    suffix: trail < 0 ? hunk.lines.length : trail,
  };
}

/**
 * Whitespace-insensitive form of a line, as `git apply --ignore-whitespace` compares them: runs of
 * blanks are equal whatever their length or mix of tabs and spaces, trailing blanks do not count.
 * @example looseLine('#define KF_RCU\t\t(1 << 7)\n') // '#define KF_RCU (1 << 7)'
 */
export function looseLine(line: string): string {
  return line.replace(/\s+/g, ' ').trimEnd();
}

/**
 * Finds where a hunk's old lines are in `lines`, nearest its expected line first: exact there, else
 * exact elsewhere (offset), else with whitespace differences ignored (every line still checked), and
 * only then ignoring up to MAX_FUZZ context lines at each end (fuzz, strict then whitespace-tolerant).
 * Whitespace comes before fuzz because it still checks every line: a Gmail quote whose tabs became
 * spaces should say so, not pass as fuzz. Like `git apply` and unlike `patch`, uneven context does not
 * pin a hunk to the start or end of the file: hand-edited hunks have uneven context anywhere.
 */
export function locateHunk(lines: readonly string[], prepared: PreparedHunk, expected: number, minStart: number): Location | undefined {
  let looseLines: string[] | undefined;
  const loosePre = prepared.pre.map(looseLine);
  for (let fuzz = 0; fuzz <= MAX_FUZZ; fuzz++) {
    const trimHead = Math.min(fuzz, prepared.prefix);
    const trimTail = Math.min(fuzz, prepared.suffix);
    // A hunk of context only cannot lose it all; a level that trims nothing new is not tried again.
    if (fuzz > 0 && (trimHead + trimTail >= prepared.pre.length || (trimHead < fuzz && trimTail < fuzz))) continue;
    for (const loose of [false, true]) {
      const file = loose ? (looseLines ??= lines.map(looseLine)) : lines;
      const pattern = (loose ? loosePre : prepared.pre).slice(trimHead, prepared.pre.length - trimTail);
      const last = file.length - pattern.length;
      const matches = (at: number) => at >= minStart && at <= last && pattern.every((l, k) => file[at + k] === l);
      const found = nearest(expected + trimHead, minStart, last, matches);
      if (found !== undefined) return { start: found, fuzz, loose, trimHead, trimTail };
    }
  }
  return undefined;
}

/** The index closest to `from` within [min, max] where `ok` holds, trying the later line first at each distance. */
function nearest(from: number, min: number, max: number, ok: (at: number) => boolean): number | undefined {
  const reach = Math.max(from - min, max - from);
  for (let d = 0; d <= reach; d++) {
    if (ok(from + d)) return from + d;
    if (d > 0 && ok(from - d)) return from - d;
  }
  return undefined;
}
