import type { Token } from './tokenize-c.ts';

export interface CallArgs {
  /** Each argument's tokens, split at top-level commas; directives inside the call are dropped. */
  args: Token[][];
  /** Index of the closing `)`. */
  end: number;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/**
 * Reads the arguments of a call whose `(` is at `open`. Returns undefined when the parentheses
 * never balance, which a caller reports as malformed input.
 */
export function readCallArgs(tokens: readonly Token[], open: number): CallArgs | undefined {
  if (tokens[open]?.text !== '(') return undefined;
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'directive') continue;
    if (t.kind === 'punct') {
      if (OPEN.has(t.text)) depth++;
      else if (CLOSE.has(t.text)) {
        if (depth === 0) {
          if (args.length === 1 && args[0].length === 0) args.pop();
          return { args, end: i };
        }
        depth--;
      } else if (t.text === ',' && depth === 0) {
        args.push([]);
        continue;
      }
    }
    args[args.length - 1].push(t);
  }
  return undefined;
}

/** Binary operators a reader spaces out; `&`, `*`, `-`, `!` stay tight since they are often unary. */
const SPACED = new Set(['|', '<', '>', '=', '+', '/', '%', '^', '?', ':']);

/**
 * Token texts joined the way a reader writes C, for messages and program-type arguments.
 * @example tokensToText(tokenizeC('KF_A|KF_B')) // 'KF_A | KF_B'
 * @example tokensToText(tokenizeC('(1<<3), &foo')) // '(1 << 3), &foo'
 */
export function tokensToText(tokens: readonly Token[]): string {
  let out = '';
  let prev: Token | undefined;
  for (const t of tokens) {
    if (prev) {
      const words = prev.kind !== 'punct' && t.kind !== 'punct';
      const opens = SPACED.has(t.text) && !SPACED.has(prev.text);
      const closes = SPACED.has(prev.text) && !SPACED.has(t.text);
      if (words || opens || closes || prev.text === ',' || (prev.text === ')' && t.kind !== 'punct')) out += ' ';
    }
    out += t.text;
    prev = t;
  }
  return out;
}
