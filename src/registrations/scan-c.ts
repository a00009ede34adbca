/**
 * A sparse tokenizer: a native regex jumps from one comment, literal, directive or keyword to the
 * next, and only the regions around keywords are tokenized. Registration code is a few hundred
 * lines of files that run to 12,000 (net/core/filter.c), so this is what keeps a whole tree's
 * parse in tens of milliseconds even before the JIT has warmed up.
 */
import { createLexer, type Lexer, type Token } from './tokenize-c.ts';

/** How far to tokenize after a keyword. */
export type RegionRule =
  /** The keyword alone. */
  | { kind: 'word' }
  /** The keyword and its parenthesized arguments, when a `(` follows. */
  | { kind: 'call' }
  /** To the `;` that ends the statement, or the `)` that closes a parameter list around it. */
  | { kind: 'statement' }
  /** Up to and including the call of one of `names` (a set's `_END`), or to the end of the text. */
  | { kind: 'until-call'; names: ReadonlySet<string> };

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/**
 * Tokens of every directive (unless `directives` is false: then directives are skipped unseen)
 * and of the regions that start where `focus` matches, in text order. `focus` must not match
 * inside an identifier (use `\b`); `rule` says how far each region goes.
 */
export function scanC(text: string, focus: RegExp | null, rule: (keyword: string) => RegionRule, options: { directives?: boolean } = {}): Token[] {
  const keepDirectives = options.directives ?? true;
  const re = new RegExp(`/\\*|//|"|'|^[ \\t]*#${focus ? `|${focus.source}` : ''}`, 'gm');
  const lx = createLexer(text);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const s = m[0];
    lx.seek(m.index);
    if (s === '/*' || s === '//') lx.skipComment();
    else if (s === '"' || s === "'") lx.skipQuoted();
    else if (s.endsWith('#')) {
      lx.seek(m.index + s.length - 1);
      lx.atLineStart = true;
      lx.next();
      if (!keepDirectives) lx.tokens.pop();
    } else {
      lx.atLineStart = false;
      readRegion(lx, rule(s));
    }
    re.lastIndex = lx.pos;
  }
  return lx.tokens;
}

function readRegion(lx: Lexer, rule: RegionRule): void {
  const first = lx.tokens.length;
  let depth = 0;
  let ending = rule.kind === 'call';
  let opened = false;
  while (lx.next()) {
    const index = lx.tokens.length - 1;
    const t = lx.tokens[index];
    if (rule.kind === 'word') return;
    if (index === first || t.kind === 'directive') continue;
    if (ending && !opened && t.text !== '(') {
      // Not a call after all: give the token back, it may start a region of its own.
      lx.tokens.pop();
      lx.pos = t.offset;
      lx.line = t.line;
      return;
    }
    if (t.kind === 'ident' && rule.kind === 'until-call' && rule.names.has(t.text)) ending = true;
    if (t.kind !== 'punct') continue;
    if (OPEN.has(t.text)) {
      depth++;
      if (ending) opened = true;
    } else if (CLOSE.has(t.text)) {
      depth--;
      if (ending && opened && depth === 0) return;
      if (depth < 0) return;
    } else if (t.text === ';' && depth === 0 && rule.kind === 'statement') return;
  }
}
