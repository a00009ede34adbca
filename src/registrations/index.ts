/**
 * The registrations stage: pure parsers for how kfuncs are registered in kernel sources.
 *
 * - `parseRegistrations(file, text, includes?)` — one `.c`/`.h` file: BTF sets and their
 *   `BTF_ID_FLAGS` entries (flags, `#if` conditions, X-macro expansions), `struct
 *   btf_kfunc_id_set` definitions, `register_btf_kfunc_id_set` / `register_btf_fmodret_id_set` calls.
 * - `listIncludes(file, text)` — candidate header paths to read for `includes`. Only a set body
 *   built from a header's macro needs them (net/core/xdp.c); parse without, and when a
 *   `registrations-set-unknown-content` diagnostic names a macro, read the includes and parse again.
 * - `resolveKfuncs(files)` — per-file join into `KfuncRegistration`s (name, set, flags, program
 *   types, id sets, filter, testOnly) plus diagnostics.
 * - `parseKfFlags(file, text)` — `#define KF_*` flag definitions with bits and comments.
 * - `parseKbuild(file, makefileText, object, { isTristate })` — the config symbol and module
 *   name that build an object; `parseKconfigSymbols` + `tristateLookup` answer `isTristate`.
 */
export type {
  BtfSet,
  FileRegistrations,
  FlagDefinition,
  IdSetDefinition,
  KfuncRegistration,
  MacroOrigin,
  RegisterCall,
  SetEntry,
  SetMacro,
  SetReference,
} from './types.ts';
export { parseRegistrations } from './parse-registrations.ts';
export { listIncludes } from './list-includes.ts';
export { resolveKfuncs, type ResolvedKfuncs } from './resolve-kfuncs.ts';
export { isTestOnlySet, TEST_RUN_FILE } from './is-test-only-set.ts';
export { parseKfFlags, bitOf } from './parse-kf-flags.ts';
export { parseKbuild, makeCondition, type KbuildBuild, type KbuildOptions } from './parse-kbuild.ts';
export { parseKconfigSymbols, tristateLookup, type KconfigSymbol } from './parse-kconfig-symbols.ts';
export { negateCondition, normalizeCondition } from './condition-stack.ts';
export { REGISTRATION_CODES, type RegistrationCode } from './codes.ts';
