/**
 * Splits directive-free, comment-free C into top-level statements: the text up to a `;` or a
 * `{` at brace depth 0, and for a `{` the offset of its matching `}`. Each `#if` branch starts at
 * the depth its `#if` had, so a function opened differently in `#ifdef`/`#else` still closes.
 */
import type { Conditional } from './blank-directives.ts';

export interface TopLevelStatement {
  /** Offset after the previous statement (or branch directive). */
  start: number;
  /** Offset of the `;` or `{`. */
  end: number;
  terminator: ';' | '{';
  /** For `{`: offset of the matching `}`; -1 when the file ends first. */
  close: number;
}

export function scanTopLevel(code: string, conditionals: readonly Conditional[]): TopLevelStatement[] {
  const statements: TopLevelStatement[] = [];
  const ifDepths: number[] = [];
  let depth = 0;
  let start = 0;
  let open: TopLevelStatement | null = null;
  let next = 0;
  for (let i = 0; i < code.length; i++) {
    while (next < conditionals.length && conditionals[next].end <= i) {
      const c = conditionals[next++];
      if (c.kind === 'if') ifDepths.push(depth);
      else if (c.kind === 'endif') ifDepths.pop();
      else if (ifDepths.length) {
        depth = ifDepths[ifDepths.length - 1];
        if (depth === 0) {
          // The other branch re-opens what this one opened; forget the unfinished block.
          if (open) statements.pop();
          open = null;
          start = c.end;
        }
      }
    }
    const ch = code.charCodeAt(i);
    if (ch === OPEN) {
      if (depth === 0) {
        open = { start, end: i, terminator: '{', close: -1 };
        statements.push(open);
      }
      depth++;
    } else if (ch === CLOSE) {
      if (depth > 0) depth--;
      if (depth === 0) {
        if (open) open.close = i;
        open = null;
        start = i + 1;
      }
    } else if (ch === SEMI && depth === 0) {
      statements.push({ start, end: i, terminator: ';', close: -1 });
      start = i + 1;
    }
  }
  return statements;
}

const OPEN = 0x7b;
const CLOSE = 0x7d;
const SEMI = 0x3b;
