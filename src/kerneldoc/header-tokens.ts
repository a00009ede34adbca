/**
 * A coarse tokenizer for the text before a `{` or `;`: identifiers, bracketed groups taken whole
 * (`(...)`, `[...]`, nesting respected), and single punctuation characters.
 */
export interface HeaderToken {
  kind: 'ident' | 'parens' | 'brackets' | 'punct';
  text: string;
  start: number;
  end: number;
}

function isIdentStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 0x30 && c <= 0x39);
}

/** Tokenizes `code` from `from` to `to`; offsets stay absolute. */
export function tokenizeHeader(code: string, from: number, to: number): HeaderToken[] {
  const tokens: HeaderToken[] = [];
  let i = from;
  while (i < to) {
    const ch = code[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v') {
      i++;
    } else if (isIdentStart(code.charCodeAt(i))) {
      let j = i + 1;
      while (j < to && isIdentPart(code.charCodeAt(j))) j++;
      tokens.push({ kind: 'ident', text: code.slice(i, j), start: i, end: j });
      i = j;
    } else if (ch === '(' || ch === '[') {
      const j = groupEnd(code, i, to);
      tokens.push({ kind: ch === '(' ? 'parens' : 'brackets', text: code.slice(i, j), start: i, end: j });
      i = j;
    } else if (ch === '.' && code.startsWith('...', i)) {
      tokens.push({ kind: 'punct', text: '...', start: i, end: i + 3 });
      i += 3;
    } else {
      tokens.push({ kind: 'punct', text: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** Offset just past the bracket closing the one at `open` (or `to` when unbalanced). */
function groupEnd(code: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const ch = code[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return to;
}
