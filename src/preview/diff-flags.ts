/**
 * What a patch does to the `KF_*` flags: defined or undefined in include/linux/btf.h, documented
 * or undocumented by a section of the guides, and whether the other half is there after the patch.
 */
import type { FlagState } from './documented-flags.ts';
import type { Permalinks } from './permalinks.ts';
import type { FlagChange } from './preview-report.ts';

/** `hasSources` false: the tree has no C, so nothing is known about definitions. */
export function diffFlags(before: FlagState, after: FlagState, links: Permalinks, hasSources: boolean): FlagChange[] {
  const out: FlagChange[] = [];
  const names = [...new Set([...before.defined.keys(), ...after.defined.keys(), ...before.documented.keys(), ...after.documented.keys()])].sort();
  for (const name of names) {
    const permalink = links.flag(name);
    const docNow = after.documented.get(name);
    const docWas = before.documented.get(name);
    if (docNow && !docWas) {
      out.push({ name, kind: 'documented', where: { file: docNow.file, line: docNow.line, section: docNow.section }, counterpart: hasSources ? after.defined.has(name) : null, permalink });
    }
    if (docWas && !docNow) {
      out.push({ name, kind: 'undocumented', where: { file: docWas.file, line: docWas.line, section: docWas.section }, counterpart: hasSources ? after.defined.has(name) : null, permalink });
    }
    if (!hasSources) continue;
    const defNow = after.defined.get(name);
    const defWas = before.defined.get(name);
    if (defNow && !defWas) out.push({ name, kind: 'defined', where: { ...defNow }, counterpart: after.documented.has(name), permalink });
    if (defWas && !defNow) out.push({ name, kind: 'undefined', where: { ...defWas }, counterpart: after.documented.has(name), permalink });
  }
  return out;
}
