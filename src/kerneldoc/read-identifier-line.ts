/**
 * The first line of a kernel-doc comment, read by kernel-doc's rules: `DOC: title`,
 * `struct|union|enum|typedef|var name - summary`, or a function `name() - summary` (also
 * `name - summary`, `name: summary`, `type *name() - …`, `define NAME - …`).
 */
import type { KernelDocDialect, KernelDocKind } from './types.ts';

export type IdentifierLine =
  | { kind: KernelDocKind; name: string; purpose: string | null }
  /** `no-identifier`: no word after the `*` (kernel-doc 7.x tries the next line); `not-kernel-doc`: gives up. */
  | { kind: 'error'; reason: 'no-identifier' | 'not-kernel-doc' | 'empty-name' };

const DOC_BLOCK = /\s*\*\s*DOC:\s*(.*)?/;
const ANY_WORD = /\s*\*\s*(\w+)/;
const PURPOSE = /[-:](.*)/;

// kernel-doc 7.x (Python). Searched, not anchored, as it does: the optional `type *` lets
// `foo * bar() - x` name `bar`.
const DATA = /^\s*\*?\s*(struct|union|enum|typedef|var)\b\s*(\w*)/;
const FUNC = /\s*\*\s*(?:\w+\s*\*\s*)?(?:define\s+)?(\w+)\s*(?:\(\w*\))?\s*(?:[-:].*)?$/;

// kernel-doc 6.x (Perl): the words before `()`/`-` first, then a tag, then a function name,
// falling back to everything before the `-` ("misspelt identifier").
const PERL_WORDS = /^\s*\*\s*([\w\s]+?)(?:\(\w*\))?\s*(?:[-:].*)?$/;
const PERL_DATA = /^(struct|union|enum|typedef)\b\s*(\S*)/;
const PERL_FUNC = /^\s*\*\s*(?:\w+\s*\*\s*)?(\w+)\s*(?:\(\w*\))?\s*(?:[-:].*)?$/;
const PERL_FUNC_LOOSE = /^\s*\*\s*(?:\w+\s*\*\s*)?(\w+.*)(?:\(\w*\))?\s*[-:].*$/;

export function readIdentifierLine(line: string, dialect: KernelDocDialect = 'python'): IdentifierLine {
  const doc = DOC_BLOCK.exec(line);
  if (doc) return { kind: 'doc', name: (doc[1] ?? '').trim() || 'Introduction', purpose: null };
  const word = ANY_WORD.exec(line);
  if (!word) return { kind: 'error', reason: 'no-identifier' };
  const found = dialect === 'perl' ? perlIdentifier(line, word[1]) : pythonIdentifier(line);
  if (!found) return { kind: 'error', reason: 'not-kernel-doc' };
  if (!found.name && found.kind !== 'enum') return { kind: 'error', reason: 'empty-name' };
  const purpose = PURPOSE.exec(line);
  return { ...found, purpose: purpose ? collapseSpaces(purpose[1]) : null };
}

function pythonIdentifier(line: string): { kind: KernelDocKind; name: string } | null {
  const data = DATA.exec(line);
  if (data) return { kind: data[1] as KernelDocKind, name: data[2] };
  const func = FUNC.exec(line);
  return func ? { kind: 'function', name: func[1] } : null;
}

function perlIdentifier(line: string, firstWord: string): { kind: KernelDocKind; name: string } | null {
  const words = PERL_WORDS.exec(line)?.[1] ?? firstWord;
  const data = PERL_DATA.exec(words);
  if (data) return { kind: data[1] as KernelDocKind, name: data[2].trimEnd() };
  const func = PERL_FUNC.exec(line) ?? PERL_FUNC_LOOSE.exec(line);
  return func ? { kind: 'function', name: func[1].replace(/^define\s+/, '').trimEnd() } : null;
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
