/**
 * Joins per-file readings into kfunc registrations. Id sets are `static`, so a set, the id sets
 * pointing at it and the calls registering them are matched within one file only: two files may
 * each have an unrelated `common_kfunc_set` (7.2's helpers.c and arena.c do).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { isTestOnlySet } from './is-test-only-set.ts';
import type { FileRegistrations, KfuncRegistration, RegisterCall } from './types.ts';

export interface ResolvedKfuncs {
  /** One per (set, entry), in file order then set order; a name may appear several times. */
  registrations: KfuncRegistration[];
  diagnostics: Diagnostic[];
}

/**
 * A set's entries are kfuncs when an id set in the same file points at it and that id set is
 * passed to `register_btf_kfunc_id_set`. fmod_ret sets (`register_btf_fmodret_id_set`) are not
 * kfuncs; a set that is never registered is not an error, and is reported (as info) only when
 * nothing in its file uses it at all: a set read by a filter (7.2's `scx_kfunc_ids_cpu_only`)
 * is in use.
 */
export function resolveKfuncs(files: readonly FileRegistrations[]): ResolvedKfuncs {
  const registrations: KfuncRegistration[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const callsByIdSet = new Map<string, RegisterCall[]>();
    for (const call of f.calls) callsByIdSet.set(call.idSet, [...(callsByIdSet.get(call.idSet) ?? []), call]);
    for (const set of f.sets) {
      const idSets = f.idSets.filter((d) => d.set === set.name);
      const calls = idSets.flatMap((d) => callsByIdSet.get(d.name) ?? []);
      const kfuncCalls = calls.filter((c) => c.kind === 'kfunc').sort((a, b) => a.line - b.line);
      if (kfuncCalls.length === 0) {
        const used = calls.length > 0 || f.setReferences.some((r) => r.set === set.name);
        if (!used) {
          diagnostics.push(diagnostic('registrations-set-unregistered', 'info', { file: f.file, line: set.line },
            `set ${set.name} is never registered and nothing in this file uses it`,
            { hint: 'pass it to register_btf_kfunc_id_set() through a struct btf_kfunc_id_set, or remove it' }));
        }
        continue;
      }
      const registering = idSets.filter((d) => kfuncCalls.some((c) => c.idSet === d.name));
      const programTypes = [...new Set(kfuncCalls.map((c) => c.programType ?? ''))];
      const filter = registering.find((d) => d.filter)?.filter ?? undefined;
      for (const entry of set.entries) {
        registrations.push({
          name: entry.name,
          set: set.name,
          file: f.file,
          line: entry.line,
          flags: entry.flags,
          conditions: entry.conditions,
          programTypes,
          idSets: registering.map((d) => d.name),
          ...(filter ? { filter } : {}),
          testOnly: isTestOnlySet(f.file),
          ...(entry.expandedFrom ? { expandedFrom: entry.expandedFrom } : {}),
          calls: kfuncCalls,
        });
      }
    }
  }
  return { registrations, diagnostics };
}
