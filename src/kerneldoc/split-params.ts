/**
 * Splits a C parameter list into type, name and the parameter as written. Names keep their
 * kfunc suffixes (`buf__sz`, `id__k`); a function-pointer parameter is named by what is inside
 * its first parentheses (`bool (less)(…)`, `int (*cb)(void *)`).
 */
import { tokenizeHeader } from './header-tokens.ts';
import { normalizeCSpacing } from './normalize-c-spacing.ts';
import type { FunctionParam } from './types.ts';

const BASE_TYPES = new Set([
  'void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', 'float', 'double', 'bool', '_Bool', 'const',
  'volatile', 'restrict', '__restrict',
]);
const TAGS = new Set(['struct', 'union', 'enum']);

/** `text` is the list between the parentheses, comments already blanked. */
export function splitParams(text: string): FunctionParam[] {
  const pieces = splitTopLevel(text).map(normalizeCSpacing);
  if (pieces.length === 1 && (pieces[0] === '' || pieces[0] === 'void')) return [];
  return pieces.filter((p) => p !== '').map(toParam);
}

function toParam(raw: string): FunctionParam {
  if (raw === '...') return { type: '', name: '...', raw };
  const tokens = tokenizeHeader(raw, 0, raw.length);
  const pointer = tokens.find((t) => t.kind === 'parens');
  if (pointer && tokens.indexOf(pointer) > 0) {
    const m = /^\(\s*\*?\s*(\w+)\s*(?:\[[^\]]*\]\s*)?\)$/.exec(pointer.text);
    if (m) {
      const at = pointer.start + pointer.text.indexOf(m[1]);
      return { type: normalizeCSpacing(raw.slice(0, at) + raw.slice(at + m[1].length)), name: m[1], raw };
    }
  }
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last].kind === 'brackets') last--;
  const name = tokens[last];
  const before = tokens[last - 1];
  const named =
    name !== undefined &&
    name.kind === 'ident' &&
    before !== undefined &&
    !BASE_TYPES.has(name.text) &&
    !(before.kind === 'ident' && TAGS.has(before.text));
  if (!named) return { type: raw, name: '', raw };
  return { type: normalizeCSpacing(raw.slice(0, name.start) + raw.slice(name.end)), name: name.text, raw };
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
