import type { Hunk, HunkLine } from './types.ts';

/** A line of diff text with its line in the input; `gapBefore` when a quote elided lines before it. */
export interface DiffLine {
  text: string;
  line: number;
  gapBefore?: boolean;
}

export interface HunkProblem {
  kind: 'gap' | 'truncated';
  line: number;
  message: string;
}

export interface HunkRead {
  hunk: Hunk;
  /** Index of the first line after the hunk. */
  next: number;
  problem?: HunkProblem;
  /** Indices of empty lines read as blank context (a mailer stripped their space). */
  blank: number[];
}

export const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads the hunk whose `@@` header is at `lines[at]`, as many lines as its counts say. An empty line
 * counts as blank context, as in `git apply` and `patch`: mailers strip the lone space.
 */
export function readHunk(lines: readonly DiffLine[], at: number): HunkRead {
  const head = lines[at];
  const m = HUNK_HEADER.exec(head.text)!;
  const hunk: Hunk = {
    oldStart: Number(m[1]),
    oldLines: m[2] === undefined ? 1 : Number(m[2]),
    newStart: Number(m[3]),
    newLines: m[4] === undefined ? 1 : Number(m[4]),
    header: head.text,
    line: head.line,
    lines: [],
  };
  const blank: number[] = [];
  let oldLeft = hunk.oldLines;
  let newLeft = hunk.newLines;
  let i = at + 1;
  const problem = (kind: HunkProblem['kind'], line: number, why: string): HunkRead => ({
    hunk,
    next: i,
    blank,
    problem: {
      kind,
      line,
      message: `hunk ${headerOnly(hunk.header)} ${why} after ${hunk.oldLines - oldLeft} of ${hunk.oldLines} old and ${hunk.newLines - newLeft} of ${hunk.newLines} new lines`,
    },
  });
  const push = (kind: HunkLine['kind'], text: string, line: number) => hunk.lines.push({ kind, text, line });
  while (oldLeft > 0 || newLeft > 0) {
    const l = lines[i];
    if (!l) return problem('truncated', lines[i - 1].line, 'ends');
    if (l.gapBefore) return problem('gap', l.line, 'is cut by an elision');
    const c = l.text === '' ? ' ' : l.text[0];
    if (c === ' ' && oldLeft > 0 && newLeft > 0) {
      if (l.text === '') blank.push(i);
      push(' ', l.text.slice(1), l.line);
      oldLeft--;
      newLeft--;
    } else if (c === '-' && oldLeft > 0) {
      push('-', l.text.slice(1), l.line);
      oldLeft--;
    } else if (c === '+' && newLeft > 0) {
      push('+', l.text.slice(1), l.line);
      newLeft--;
    } else if (c === '\\' && hunk.lines.length) {
      hunk.lines[hunk.lines.length - 1].noNewline = true;
    } else {
      // A line the counts leave no room for (a signature `-- `, reply text) ends the hunk early.
      return problem('truncated', l.line, 'ends');
    }
    i++;
  }
  if (lines[i]?.text.startsWith('\\') && !lines[i].gapBefore && hunk.lines.length) {
    hunk.lines[hunk.lines.length - 1].noNewline = true;
    i++;
  }
  return { hunk, next: i, blank };
}

/** `@@ -1,3 +1,4 @@` without the section text git appends. */
export function headerOnly(header: string): string {
  return HUNK_HEADER.exec(header)?.[0] ?? header;
}
