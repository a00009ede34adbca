import type { DiffLine } from './read-hunk.ts';
import { isElision, type UnquotedLine } from './unquote-line.ts';

export interface BodyLine {
  text: string;
  line: number;
}

export interface QuotedLines {
  lines: DiffLine[];
  /** The reply's own lines that sat between quoted lines, left out. */
  skipped: BodyLine[];
}

/**
 * The lines quoted at `depth`, unquoted, as diff text. The replier's own lines between them (a
 * comment under a hunk) are left out so that the quote reads on; an elision marker (`[..]`, `[...]`,
 * `[ ... ]`) or a deeper quote marks a gap, which no hunk may span.
 */
export function quotedDiffLines(body: readonly BodyLine[], unquoted: readonly UnquotedLine[], depth: number): QuotedLines {
  const lines: DiffLine[] = [];
  const skipped: BodyLine[] = [];
  let gap = false;
  for (const [i, { line }] of body.entries()) {
    const q = unquoted[i];
    if (q.depth === depth) {
      if (isElision(q.text)) gap = true;
      else {
        lines.push(gap ? { text: q.text, line, gapBefore: true } : { text: q.text, line });
        gap = false;
      }
    } else if (q.depth > depth) {
      gap = true;
    } else if (isElision(q.text, true)) {
      gap = true;
    } else if (q.text.trim() !== '') {
      skipped.push(body[i]);
    }
  }
  return { lines, skipped };
}
