import { tokensToText } from './read-call-args.ts';
import type { Token } from './tokenize-c.ts';

export type EntryReading = { name: string; flags: string[] } | { problem: string };

/**
 * Reads the arguments of `BTF_ID_FLAGS(func, NAME[, FLAG | FLAG…])`. A literal `0` among the
 * flags is dropped (it is the macro's own default); anything else but names and `|` is a problem.
 */
export function readEntry(args: Token[][]): EntryReading {
  const [kind, name, ...rest] = args;
  if (!kind || kind.length !== 1 || kind[0].text !== 'func') {
    return { problem: `first argument is \`${tokensToText(kind ?? [])}\`, expected \`func\`` };
  }
  if (!name || name.length !== 1 || name[0].kind !== 'ident') {
    return { problem: `second argument \`${tokensToText(name ?? [])}\` is not a function name` };
  }
  const flags: string[] = [];
  for (const arg of rest) {
    for (const t of arg) {
      if (t.kind === 'ident') flags.push(t.text);
      else if (t.text === '|' || (t.kind === 'number' && Number(t.text) === 0)) continue;
      else return { problem: `flags \`${tokensToText(arg)}\` are not a list of KF_* names joined by |` };
    }
  }
  return { name: name[0].text, flags };
}
