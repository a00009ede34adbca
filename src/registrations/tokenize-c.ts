/**
 * A small C tokenizer for the registration parser: enough to find macro calls, initializers and
 * preprocessor directives, never a compiler's. Comments vanish, strings and character literals
 * become single tokens (so nothing inside them is ever mistaken for code), and a directive is one
 * token holding its whole logical line (continuations joined, comments removed).
 */

export type TokenKind = 'ident' | 'number' | 'string' | 'char' | 'punct' | 'directive';

export interface Token {
  kind: TokenKind;
  /** The token's text; for a directive, everything after `#`, whitespace collapsed. */
  text: string;
  /** 1-based line where the token starts. */
  line: number;
  /** Offset of the token's first character in the text; -1 for a token made by macro expansion. */
  offset: number;
}

const NL = 10;
const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/** A position in a text that reads one token at a time; `scanC` moves it between regions. */
export interface Lexer {
  readonly text: string;
  readonly tokens: Token[];
  pos: number;
  line: number;
  atLineStart: boolean;
  /** Reads the next token into `tokens`, skipping blanks and comments; false at the end. */
  next(): boolean;
  /** Moves to `offset` (forward only), counting the newlines passed. */
  seek(offset: number): void;
  /** Skips a comment or a quoted literal starting at `pos`, counting its newlines. */
  skipComment(): void;
  skipQuoted(): void;
}

export function createLexer(text: string, options: { directives?: boolean } = {}): Lexer {
  const directives = options.directives ?? true;
  const n = text.length;
  const lx: Lexer = { text, tokens: [], pos: 0, line: 1, atLineStart: true, next, seek, skipComment, skipQuoted };

  function countLines(from: number, to: number): void {
    for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) lx.line++;
  }

  function seek(offset: number): void {
    if (offset <= lx.pos) return;
    countLines(lx.pos, offset);
    lx.pos = offset;
  }

  function skipComment(): void {
    const i = lx.pos;
    if (text.charCodeAt(i + 1) === SLASH) {
      const end = text.indexOf('\n', i);
      lx.pos = end < 0 ? n : end;
      return;
    }
    const end = text.indexOf('*/', i + 2);
    seek(end < 0 ? n : end + 2);
  }

  /** Past a quoted literal at `pos`: to the closing quote, or to an unescaped newline. */
  function skipQuoted(): void {
    const quote = text.charCodeAt(lx.pos);
    let i = lx.pos + 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) {
        if (text.charCodeAt(i + 1) === NL) lx.line++;
        i += 2;
        continue;
      }
      if (c === quote) {
        i++;
        break;
      }
      if (c === NL) break;
      i++;
    }
    lx.pos = i;
  }

  function readDirective(): void {
    const startLine = lx.line;
    const start = lx.pos;
    let out = '';
    lx.pos++; // the '#'
    while (lx.pos < n) {
      const i = lx.pos;
      const c = text.charCodeAt(i);
      if (c === NL) break;
      if (c === BACKSLASH && text.charCodeAt(i + 1) === NL) {
        out += ' ';
        lx.line++;
        lx.pos += 2;
      } else if (c === BACKSLASH && text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === NL) {
        out += ' ';
        lx.line++;
        lx.pos += 3;
      } else if (c === SLASH && (text.charCodeAt(i + 1) === STAR || text.charCodeAt(i + 1) === SLASH)) {
        skipComment();
        out += ' ';
      } else if (c === DQUOTE) {
        skipQuoted();
        out += text.slice(i, lx.pos);
      } else {
        out += text[i];
        lx.pos++;
      }
    }
    lx.tokens.push({ kind: 'directive', text: out.replace(/\s+/g, ' ').trim(), line: startLine, offset: start });
  }

  function next(): boolean {
    while (lx.pos < n) {
      const i = lx.pos;
      const c = text.charCodeAt(i);
      if (c === NL) {
        lx.line++;
        lx.pos++;
        lx.atLineStart = true;
        continue;
      }
      if (isSpace(c)) {
        lx.pos++;
        continue;
      }
      if (c === BACKSLASH && text.charCodeAt(i + 1) === NL) {
        lx.line++;
        lx.pos += 2;
        continue;
      }
      if (c === SLASH && (text.charCodeAt(i + 1) === STAR || text.charCodeAt(i + 1) === SLASH)) {
        skipComment();
        continue;
      }
      if (c === HASH && lx.atLineStart && directives) {
        readDirective();
        return true;
      }
      lx.atLineStart = false;
      const line = lx.line;
      if (isIdentStart(c)) {
        let j = i + 1;
        while (j < n && isIdentPart(text.charCodeAt(j))) j++;
        lx.pos = j;
        lx.tokens.push({ kind: 'ident', text: text.slice(i, j), line, offset: i });
      } else if (c >= 48 && c <= 57) {
        let j = i + 1;
        while (j < n && (isIdentPart(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
        lx.pos = j;
        lx.tokens.push({ kind: 'number', text: text.slice(i, j), line, offset: i });
      } else if (c === DQUOTE || c === SQUOTE) {
        skipQuoted();
        lx.tokens.push({ kind: c === DQUOTE ? 'string' : 'char', text: text.slice(i, lx.pos), line, offset: i });
      } else {
        lx.pos++;
        lx.tokens.push({ kind: 'punct', text: text[i], line, offset: i });
      }
      return true;
    }
    return false;
  }

  return lx;
}

/**
 * Splits C text into tokens with 1-based lines. `directives: false` treats `#` as punctuation,
 * for macro bodies, where `#` stringifies instead of starting a directive.
 */
export function tokenizeC(text: string, options: { directives?: boolean } = {}): Token[] {
  const lx = createLexer(text, options);
  while (lx.next());
  return lx.tokens;
}
