import { spaces } from './mask-c.ts';

/**
 * Preprocessor lines (with their backslash continuations) blanked out of already-masked C, plus
 * where the conditionals are, so a brace counter can give each `#if` branch the same start depth.
 */
export type ConditionalKind = 'if' | 'else' | 'endif';

export interface Conditional {
  kind: ConditionalKind;
  /** Offset just past the directive (its last continuation line included). */
  end: number;
}

export interface DirectiveFreeCode {
  code: string;
  conditionals: Conditional[];
  /** `#define` lines: offset of the `#` and of the end, for callers that look for documented macros. */
  defines: { start: number; end: number }[];
}

const DIRECTIVE_WORD = /[ \t]*(\w*)/y;

export function blankDirectives(masked: string): DirectiveFreeCode {
  const out: string[] = [];
  let copied = 0;
  const conditionals: Conditional[] = [];
  const defines: { start: number; end: number }[] = [];
  for (let hash = masked.indexOf('#'); hash >= 0; hash = masked.indexOf('#', hash + 1)) {
    const start = masked.lastIndexOf('\n', hash - 1) + 1;
    if (!onlyBlanks(masked, start, hash)) continue;
    DIRECTIVE_WORD.lastIndex = hash + 1;
    const word = DIRECTIVE_WORD.exec(masked)?.[1] ?? '';
    const end = directiveEnd(masked, start);
    out.push(masked.slice(copied, start), spaces(masked.slice(start, end)));
    copied = end;
    const kind = conditionalKind(word);
    if (kind) conditionals.push({ kind, end });
    if (word === 'define') defines.push({ start: hash, end });
    hash = end;
  }
  out.push(masked.slice(copied));
  return { code: out.join(''), conditionals, defines };
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

function conditionalKind(word: string): ConditionalKind | null {
  if (word === 'if' || word === 'ifdef' || word === 'ifndef') return 'if';
  if (word === 'else' || word.startsWith('elif')) return 'else';
  if (word === 'endif') return 'endif';
  return null;
}

/** End of the logical line: continuation lines end with a backslash (trailing blanks tolerated, as gcc does). */
function directiveEnd(text: string, start: number): number {
  let from = start;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) return text.length;
    let j = nl - 1;
    while (j > from && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    if (text[j] !== '\\') return nl;
    from = nl + 1;
  }
}
