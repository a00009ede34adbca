import type { Token } from './tokenize-c.ts';

export interface IdSetFields {
  set: string | null;
  filter: string | null;
  owner: string | null;
  /** Index of the closing `}`. */
  end: number;
  /** Index of the token naming the set after `.set = &`, so references can skip it. */
  setToken: number | null;
}

/**
 * Reads the designated initializer `{ .owner = …, .set = &SET, .filter = FN }` whose `{` is at
 * `open`. Returns undefined when the braces never close.
 */
export function readIdSetInitializer(tokens: readonly Token[], open: number): IdSetFields | undefined {
  const fields: IdSetFields = { set: null, filter: null, owner: null, end: -1, setToken: null };
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    if (t.text === '{' || t.text === '(' || t.text === '[') depth++;
    else if (t.text === '}' || t.text === ')' || t.text === ']') {
      if (--depth === 0) return { ...fields, end: i };
    } else if (depth === 1 && t.text === '.' && tokens[i + 2]?.text === '=') {
      const field = tokens[i + 1].text;
      let v = i + 3;
      if (tokens[v]?.text === '&') v++;
      const value = tokens[v]?.kind === 'ident' ? tokens[v].text : null;
      if (field === 'set') {
        fields.set = value;
        fields.setToken = value ? v : null;
      } else if (field === 'filter') fields.filter = value;
      else if (field === 'owner') fields.owner = value;
    }
  }
  return undefined;
}
