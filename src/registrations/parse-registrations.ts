/**
 * Reads one `.c`/`.h` file's kfunc registrations: BTF sets and their `BTF_ID_FLAGS` entries,
 * `struct btf_kfunc_id_set` definitions, and `register_btf_kfunc_id_set` /
 * `register_btf_fmodret_id_set` calls, each with the `#if` conditions in force. Pure: text in,
 * data and diagnostics out; `resolveKfuncs` joins them.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RegistrationCode } from './codes.ts';
import { createConditionStack, isIncludeGuard } from './condition-stack.ts';
import { collectDefines } from './collect-defines.ts';
import { expandMacros, NEVER_EXPANDED, parseDefine, type MacroDefinition } from './expand-macros.ts';
import { readCallArgs, tokensToText } from './read-call-args.ts';
import { readEntry } from './read-entry.ts';
import { readIdSetInitializer } from './read-id-set.ts';
import { scanC, type RegionRule } from './scan-c.ts';
import type { Token } from './tokenize-c.ts';
import type { BtfSet, FileRegistrations, IdSetDefinition, MacroOrigin, RegisterCall, SetMacro } from './types.ts';

type Role = 'start' | 'end' | 'entry' | 'id-set' | 'register';
/** The identifiers the parser acts on; everything else outside a set body is skipped. */
const ROLES = new Map<string, Role>([
  ['BTF_KFUNCS_START', 'start'],
  ['BTF_SET8_START', 'start'],
  ['BTF_KFUNCS_END', 'end'],
  ['BTF_SET8_END', 'end'],
  ['BTF_ID_FLAGS', 'entry'],
  ['btf_kfunc_id_set', 'id-set'],
  ['register_btf_kfunc_id_set', 'register'],
  ['register_btf_fmodret_id_set', 'register'],
]);
/** Never expanded, even when a header given in `includes` defines them: the parser reads them as written. */
const KEEP = new Set([...ROLES].filter(([, role]) => role !== 'id-set' && role !== 'register').map(([name]) => name));
const SET_ENDS = new Set([...ROLES].filter(([, role]) => role === 'end').map(([name]) => name));
/** Where the sparse scan tokenizes: the names above (`struct btf_kfunc_id_set` with its `struct`). */
const FOCUS = new RegExp(`\\b(?:${[...ROLES.keys()].filter((k) => k !== 'btf_kfunc_id_set').join('|')})\\b|\\bstruct\\s+btf_kfunc_id_set\\b`);
const regionFor = (keyword: string): RegionRule => {
  const role = ROLES.get(keyword);
  if (role === 'start') return { kind: 'until-call', names: SET_ENDS };
  return role ? { kind: 'call' } : { kind: 'statement' };
};

/**
 * Parses one file. `includes` maps tree-relative header paths (see `listIncludes`) to their text;
 * their `#define`s are used only to expand macros met inside a set body, such as the X-macro list
 * `XDP_METADATA_KFUNC_xxx` that net/core/xdp.c takes from include/net/xdp.h.
 */
export function parseRegistrations(file: string, text: string, includes: Record<string, string> = {}): FileRegistrations {
  const tokens = scanC(text, FOCUS, regionFor);
  const out: FileRegistrations = { file, sets: [], idSets: [], calls: [], setReferences: [], diagnostics: [] };
  const report = (code: RegistrationCode, severity: Diagnostic['severity'], line: number, message: string, hint?: string) =>
    out.diagnostics.push(diagnostic(code, severity, { file, line }, message, hint ? { hint } : {}));

  const conditions = createConditionStack();
  // Local #defines are parsed only when a set body uses them; most files define dozens of macros.
  const local = new Map<string, Token | MacroDefinition | null>();
  let headerMacros: Map<string, MacroDefinition> | undefined;
  const lookup = (name: string): MacroDefinition | undefined => {
    if (NEVER_EXPANDED.test(name)) return undefined;
    if (local.has(name)) {
      const value = local.get(name);
      if (!value || !('kind' in value)) return value ?? undefined;
      const def = parseDefine(value.text, file, value.line);
      local.set(name, def ?? null);
      return def;
    }
    headerMacros ??= collectDefines(includes);
    return headerMacros.get(name);
  };
  /** Token indexes that name a set where it is defined or pointed at, so they are not counted as uses. */
  const definingUses = new Set<number>();
  const directives = tokens.filter((t) => t.kind === 'directive');
  const guard = isIncludeGuard(directives[0]?.text, directives[1]?.text) ? directives[0] : undefined;
  let open: BtfSet | undefined;
  let unknownReported = false;
  const unknown = (t: Token, hint?: string) => {
    if (!open || unknownReported) return;
    unknownReported = true;
    report('registrations-set-unknown-content', 'warning', t.line, `unexpected \`${t.text}\` in set ${open.name}`, hint);
  };

  const addEntries = (args: Token[][], line: number, origin?: MacroOrigin) => {
    const entry = readEntry(args);
    if ('problem' in entry) {
      report('registrations-entry-malformed', 'warning', line, `BTF_ID_FLAGS: ${entry.problem}`);
    } else if (!open) {
      report('registrations-entry-outside-set', 'warning', line, `BTF_ID_FLAGS(func, ${entry.name}) is outside any BTF_KFUNCS_START … BTF_KFUNCS_END set`);
    } else {
      open.entries.push({ name: entry.name, flags: entry.flags, line, conditions: [...conditions.current()], ...(origin ? { expandedFrom: origin } : {}) });
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'directive') {
      if (t === guard) conditions.openGuard(t.line);
      else if (t.text.startsWith('define ')) {
        const name = /^define (\w+)/.exec(t.text);
        if (name) local.set(name[1], t);
      } else if (t.text.startsWith('undef ')) local.set(t.text.slice(6).trim(), null);
      else {
        const problem = conditions.apply(t.text, t.line);
        if (problem) report('registrations-conditional-unbalanced', 'warning', t.line, problem);
      }
      continue;
    }
    const role = t.kind === 'ident' ? ROLES.get(t.text) : undefined;
    if (!open && role === undefined) continue;
    if (t.kind !== 'ident') {
      // A stray `;` after an entry is an empty declaration, harmless (7.2's io_uring/bpf-ops.c).
      if (t.text !== ';') unknown(t);
      continue;
    }
    if (role === 'id-set') {
      if (tokens[i - 1]?.text === 'struct') i = readIdSet(tokens, i - 1, out, conditions.current(), definingUses);
      continue;
    }
    const call = tokens[i + 1]?.text === '(' ? readCallArgs(tokens, i + 1) : undefined;
    if (role === 'start' && call) {
      const name = call.args[0]?.[0]?.text ?? '';
      if (open) {
        report('registrations-set-nested', 'error', t.line, `${t.text}(${name}) while set ${open.name} (line ${open.line}) is still open`, `end ${open.name} first`);
      }
      open = { name, macro: t.text as SetMacro, line: t.line, endLine: null, conditions: [...conditions.current()], entries: [] };
      out.sets.push(open);
      unknownReported = false;
      definingUses.add(i + 2);
      i = call.end;
    } else if (role === 'end' && call) {
      const name = call.args[0]?.[0]?.text ?? '';
      definingUses.add(i + 2);
      if (!open) report('registrations-set-end-mismatch', 'error', t.line, `${t.text}(${name}) without a matching start`);
      else {
        if (open.name !== name) {
          report('registrations-set-end-mismatch', 'error', t.line, `${t.text}(${name}) ends set ${open.name} started at line ${open.line}`, `write ${t.text}(${open.name})`);
        }
        open.endLine = t.line;
        open = undefined;
      }
      i = call.end;
    } else if (role === 'entry' && call) {
      addEntries(call.args, t.line);
      i = call.end;
    } else if (role === 'register' && call) {
      const reading = readRegisterCall(t, call.args, conditions.current());
      if (typeof reading === 'string') report('registrations-call-malformed', 'warning', t.line, reading);
      else if (reading) out.calls.push(reading);
      i = call.end;
    } else if (open) {
      const macro = KEEP.has(t.text) ? undefined : lookup(t.text);
      if (!macro) {
        unknown(t, `if ${t.text} is a macro from a header, pass the header's text in \`includes\``);
        continue;
      }
      const end = macro.params !== null && call ? call.end : i;
      const expanded = expandMacros(tokens.slice(i, end + 1), lookup, KEEP, t.line);
      const origin: MacroOrigin = { macro: t.text, file: macro.file, line: macro.line };
      for (let j = 0; j < expanded.length; j++) {
        if (expanded[j].text !== 'BTF_ID_FLAGS') continue;
        const inner = readCallArgs(expanded, j + 1);
        if (!inner) continue;
        addEntries(inner.args, t.line, origin);
        j = inner.end;
      }
      i = end;
    }
  }

  if (open) report('registrations-set-unterminated', 'error', open.line, `set ${open.name} has no ${open.macro.replace('START', 'END')}(${open.name})`);
  for (const line of conditions.openLines()) report('registrations-conditional-unbalanced', 'warning', line, '#if without #endif');
  collectReferences(text, out, new Set([...definingUses].map((i) => tokens[i]?.offset)));
  checkLinks(out, report);
  out.diagnostics.sort((a, b) => a.line - b.line);
  return out;
}

/** Reads `struct btf_kfunc_id_set NAME = {…}` at `i`; returns the index to continue from. */
function readIdSet(tokens: readonly Token[], i: number, out: FileRegistrations, conditions: readonly string[], definingUses: Set<number>): number {
  const name = tokens[i + 2];
  if (name?.kind !== 'ident' || tokens[i + 3]?.text !== '=' || tokens[i + 4]?.text !== '{') return i + 1;
  const fields = readIdSetInitializer(tokens, i + 4);
  if (!fields) return i + 1;
  if (fields.setToken !== null) definingUses.add(fields.setToken);
  const def: IdSetDefinition = { name: name.text, line: name.line, set: fields.set, filter: fields.filter, owner: fields.owner, conditions: [...conditions] };
  out.idSets.push(def);
  return fields.end;
}

/**
 * A register call, undefined for the function's own declaration or definition (its arguments
 * are parameter declarations), or a problem in words.
 */
function readRegisterCall(t: Token, args: Token[][], conditions: readonly string[]): RegisterCall | string | undefined {
  if (args.some((a) => a.some((x) => x.text === 'enum' || x.text === 'struct' || x.text === 'const'))) return undefined;
  const kind = t.text === 'register_btf_kfunc_id_set' ? 'kfunc' : 'fmodret';
  const idArg = kind === 'kfunc' ? args[1] : args[0];
  if (args.length !== (kind === 'kfunc' ? 2 : 1) || !idArg || idArg.length !== 2 || idArg[0].text !== '&' || idArg[1].kind !== 'ident') {
    return `${t.text}(${args.map(tokensToText).join(', ')}): expected ${kind === 'kfunc' ? 'a program type and ' : ''}&ID_SET`;
  }
  return { kind, programType: kind === 'kfunc' ? tokensToText(args[0]) : null, idSet: idArg[1].text, line: t.line, conditions: [...conditions] };
}

/** Uses of set names anywhere in code, found by a second sparse scan for just those names. */
function collectReferences(text: string, out: FileRegistrations, definingOffsets: ReadonlySet<number | undefined>): void {
  const names = [...new Set(out.sets.map((s) => s.name))].filter((n) => /^\w+$/.test(n));
  if (names.length === 0) return;
  const uses = scanC(text, new RegExp(`\\b(?:${names.join('|')})\\b`), () => ({ kind: 'word' }), { directives: false });
  for (const t of uses) if (!definingOffsets.has(t.offset)) out.setReferences.push({ set: t.text, line: t.line });
}

/** Id sets registered but not defined here, and id sets pointing at sets not defined here. */
function checkLinks(out: FileRegistrations, report: (code: RegistrationCode, severity: Diagnostic['severity'], line: number, message: string, hint?: string) => void): void {
  const idSets = new Set(out.idSets.map((d) => d.name));
  const sets = new Set(out.sets.map((s) => s.name));
  for (const call of out.calls) {
    if (!idSets.has(call.idSet)) {
      report('registrations-id-set-undefined', 'error', call.line, `id set ${call.idSet} is registered but not defined in this file`,
        'id sets are static: define the struct btf_kfunc_id_set in the file that registers it');
    }
  }
  for (const def of out.idSets) {
    if (def.set && !sets.has(def.set)) {
      report('registrations-set-undefined', 'warning', def.line, `id set ${def.name} points at set ${def.set}, which is not defined in this file`);
    }
  }
}
