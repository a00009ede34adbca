/**
 * The first line of a kernel-doc comment, read by kernel-doc's rules: `DOC: title`,
 * `struct|union|enum|typedef|var name - summary`, or a function `name() - summary` (also
 * `name - summary`, `name: summary`, `type *name() - …`, `define NAME - …`).
 */
import type { KernelDocKind } from './types.ts';

export type IdentifierLine =
  | { kind: KernelDocKind; name: string; purpose: string | null }
  /** `no-identifier`: no word after the `*` (kernel-doc tries the next line); `not-kernel-doc`: gives up. */
  | { kind: 'error'; reason: 'no-identifier' | 'not-kernel-doc' | 'empty-name' };

const DOC_BLOCK = /\s*\*\s*DOC:\s*(.*)?/;
const ANY_WORD = /\s*\*\s*(\w+)/;
const DATA = /^\s*\*?\s*(struct|union|enum|typedef|var)\b\s*(\w*)/;
// Searched, not anchored, as kernel-doc does: the optional `type *` lets `foo * bar() - x` name `bar`.
const FUNC = /\s*\*\s*(?:\w+\s*\*\s*)?(?:define\s+)?(\w+)\s*(?:\(\w*\))?\s*(?:[-:].*)?$/;
const PURPOSE = /[-:](.*)/;

export function readIdentifierLine(line: string): IdentifierLine {
  const doc = DOC_BLOCK.exec(line);
  if (doc) return { kind: 'doc', name: (doc[1] ?? '').trim() || 'Introduction', purpose: null };
  if (!ANY_WORD.test(line)) return { kind: 'error', reason: 'no-identifier' };
  let kind: KernelDocKind;
  let name: string;
  const data = DATA.exec(line);
  const func = data ? null : FUNC.exec(line);
  if (data) {
    kind = data[1] as KernelDocKind;
    name = data[2];
  } else if (func) {
    kind = 'function';
    name = func[1];
  } else {
    return { kind: 'error', reason: 'not-kernel-doc' };
  }
  if (!name && kind !== 'enum') return { kind: 'error', reason: 'empty-name' };
  const purpose = PURPOSE.exec(line);
  return { kind, name, purpose: purpose ? collapseSpaces(purpose[1]) : null };
}

/**
 * Trims and collapses runs of whitespace, as kernel-doc does to a summary.
 *
 * @example
 * collapseSpaces('  a   b ') // → 'a b'
 */
export function collapseSpaces(text: string): string {
  return text.trim().replace(/\s\s+/g, ' ');
}
