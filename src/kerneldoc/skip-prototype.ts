/**
 * Where kernel-doc stops reading the declaration after a comment and looks for the next comment
 * again. A line that opens a comment before that point is taken as inline member documentation,
 * not as a new kernel-doc comment, so the next comment search must start after it.
 */
import type { KernelDocKind } from './types.ts';

const INLINE_START = /^\s*\/\*\*\s*$/;
const INLINE_END = /^\s*\*\/\s*$/;
const INLINE_ONE_LINE = /^\s*\/\*\*\s*@\s*\w[\w.]*\s*:.*\*\/\s*$/;
const DEFINE = /^\s*#\s*define/;

/** Index of the line that completes the declaration starting at `from`, or the last line. */
export function skipPrototype(lines: readonly string[], from: number, kind: KernelDocKind): number {
  let braces = 0;
  for (let i = from; i < lines.length; i++) {
    let line = lines[i];
    if (INLINE_ONE_LINE.test(line)) continue;
    if (INLINE_START.test(line)) {
      while (i + 1 < lines.length && !INLINE_END.test(lines[i + 1])) i++;
      i++;
      continue;
    }
    // Backslash-continued lines are one line to kernel-doc.
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i];
    line = line.replace(/\/\/.*$/, '');
    if (kind === 'function') {
      if (DEFINE.test(line) || line.includes('{') || line.includes(';')) return i;
      continue;
    }
    const code = line.trim().startsWith('#') ? `${line.trim()};` : line;
    for (const ch of code) {
      if (ch === '{') braces++;
      else if (ch === '}') braces--;
      else if (ch === ';' && braces <= 0) return i;
    }
  }
  return lines.length - 1;
}
