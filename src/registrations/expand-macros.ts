/**
 * Just enough of the C preprocessor's macro expansion to see through the X-macros kernel code
 * uses to generate `BTF_ID_FLAGS` entries (net/core/xdp.c applies a local macro to a list macro
 * from include/net/xdp.h). Object-like and function-like macros, `#` and `##`, the hide set that
 * stops recursion; no conditional evaluation.
 */
import { readCallArgs } from './read-call-args.ts';
import { tokenizeC, type Token } from './tokenize-c.ts';

export interface MacroDefinition {
  name: string;
  /** Parameter names, or null for an object-like macro. `__VA_ARGS__` for `...`. */
  params: string[] | null;
  /** The last parameter takes the remaining arguments, commas included. */
  variadic: boolean;
  body: Token[];
  file: string;
  line: number;
}

/** Reads a `#define` directive's text (`define NAME(a, b) body`), or undefined for anything else. */
export function parseDefine(directive: string, file: string, line: number): MacroDefinition | undefined {
  const m = /^define ([A-Za-z_]\w*)(\(([^)]*)\))? ?(.*)$/.exec(directive);
  if (!m) return undefined;
  const params = m[2] === undefined
    ? null
    : m[3].split(',').map((p) => p.trim()).filter((p) => p !== '').map((p) => (p === '...' ? '__VA_ARGS__' : p.replace(/\.\.\.$/, '')));
  return { name: m[1], params, variadic: /\.\.\.\s*$/.test(m[3] ?? ''), body: tokenizeC(m[4], { directives: false }), file, line };
}

/** `KF_*` flags are read as names, never as the bit values btf.h defines them to. */
export const NEVER_EXPANDED = /^KF_/;

/** Stops runaway expansion of pathological input; real X-macro lists are a few hundred tokens. */
const MAX_TOKENS = 200_000;

/**
 * Expands every macro in `tokens` that `lookup` knows, except `KF_*` names and the calls of the
 * names in `keep` (the registration macros, which the parser reads as they are). Every produced token
 * carries `line`, the line of the invocation in the file being parsed.
 */
export function expandMacros(
  tokens: readonly Token[],
  lookup: (name: string) => MacroDefinition | undefined,
  keep: ReadonlySet<string>,
  line: number,
  hidden: ReadonlySet<string> = new Set(),
): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_TOKENS; i++) {
    const t = tokens[i];
    if (t.kind === 'ident' && keep.has(t.text) && tokens[i + 1]?.text === '(') {
      // A kept call is copied as written, arguments included: its flags stay `KF_*` names.
      const call = readCallArgs(tokens, i + 1);
      const end = call ? call.end : i;
      for (let j = i; j <= end; j++) out.push(tokens[j].line === line ? tokens[j] : { ...tokens[j], line });
      i = end;
      continue;
    }
    const macro = t.kind === 'ident' && !keep.has(t.text) && !hidden.has(t.text) && !NEVER_EXPANDED.test(t.text) ? lookup(t.text) : undefined;
    if (!macro) {
      out.push(t.line === line ? t : { ...t, line });
      continue;
    }
    const inner = new Set(hidden).add(macro.name);
    if (macro.params === null) {
      out.push(...expandMacros(macro.body, lookup, keep, line, inner));
      continue;
    }
    const call = tokens[i + 1]?.text === '(' ? readCallArgs(tokens, i + 1) : undefined;
    if (!call) {
      out.push(t.line === line ? t : { ...t, line });
      continue;
    }
    const args = call.args.map((a) => expandMacros(a, lookup, keep, line, hidden));
    out.push(...expandMacros(substitute(macro, call.args, args, line), lookup, keep, line, inner));
    i = call.end;
  }
  return out;
}

function substitute(macro: MacroDefinition, raw: Token[][], expanded: Token[][], line: number): Token[] {
  const params = macro.params ?? [];
  const argFor = (name: string, source: Token[][]): Token[] | undefined => {
    const k = params.indexOf(name);
    if (k < 0) return undefined;
    if (macro.variadic && k === params.length - 1) {
      // The variadic tail keeps its commas.
      const tail: Token[] = [];
      source.slice(k).forEach((a, j) => {
        if (j > 0) tail.push({ kind: 'punct', text: ',', line, offset: -1 });
        tail.push(...a);
      });
      return tail;
    }
    return source[k] ?? [];
  };
  const out: Token[] = [];
  const body = macro.body;
  for (let i = 0; i < body.length; i++) {
    const t = body[i];
    if (t.text === '#' && body[i + 1]?.text === '#') {
      // Token pasting: glue the previous output token to the next body token.
      const next = body[i + 2];
      i += 2;
      if (!next) break;
      const right = argFor(next.text, raw) ?? [next];
      const left = out.pop();
      if (left && right.length) out.push({ ...left, text: left.text + right[0].text, kind: 'ident', offset: -1 }, ...right.slice(1));
      else out.push(...right);
      continue;
    }
    if (t.text === '#' && body[i + 1]?.kind === 'ident' && params.includes(body[i + 1].text)) {
      const arg = argFor(body[i + 1].text, raw) ?? [];
      out.push({ kind: 'string', text: JSON.stringify(arg.map((a) => a.text).join(' ')), line, offset: -1 });
      i++;
      continue;
    }
    const pasted = body[i + 1]?.text === '#' && body[i + 2]?.text === '#';
    const arg = t.kind === 'ident' ? argFor(t.text, pasted ? raw : expanded) : undefined;
    out.push(...(arg ?? [{ ...t, line, offset: -1 }]));
  }
  return out;
}
