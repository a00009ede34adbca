/**
 * What a patch does to the kfuncs of a tree: added, removed, renamed (matched as the lifecycle
 * matches renames between versions), flags / program types / signature / kernel-doc changed, and
 * deprecations it adds, with their deadlines and the notice's permalink.
 */
import type { VersionSnapshot } from '../graph/snapshot.ts';
import { matchRenames } from '../graph/rename.ts';
import type { Deprecation, KernelDoc, KfuncVersion } from '../graph/types.ts';
import type { Permalinks } from './permalinks.ts';
import type { DeprecationInfo, FieldChange, KfuncChange } from './preview-report.ts';

/** One state of the tree, as the graph pipeline collects it (VersionFacts fits). */
export interface KfuncState {
  kfuncs: ReadonlyMap<string, KfuncVersion>;
  snapshot: VersionSnapshot;
}

function listChange(field: 'flags' | 'programTypes', before: readonly string[], after: readonly string[]): FieldChange | undefined {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  if (!added.length && !removed.length) return undefined;
  return { field, before: [...before], after: [...after], added, removed };
}

/** The parts of a kernel-doc comment that differ, named as kernel-doc names them. */
function kernelDocParts(a: KernelDoc | null, b: KernelDoc | null): string[] {
  if (!a || !b) return a === b ? [] : [a ? 'removed' : 'added'];
  const parts: string[] = [];
  if (a.summary !== b.summary) parts.push('summary');
  if (JSON.stringify(a.params) !== JSON.stringify(b.params)) parts.push('parameters');
  if (a.returns !== b.returns) parts.push('Return');
  if (a.description !== b.description || JSON.stringify(a.sections) !== JSON.stringify(b.sections)) parts.push('description');
  return parts;
}

export function fieldChanges(a: KfuncVersion, b: KfuncVersion): FieldChange[] {
  const out: FieldChange[] = [];
  const flags = listChange('flags', a.flags, b.flags);
  if (flags) out.push(flags);
  const types = listChange('programTypes', a.programTypes, b.programTypes);
  if (types) out.push(types);
  const sigA = a.definition?.signature ?? null;
  const sigB = b.definition?.signature ?? null;
  if (sigA !== sigB) out.push({ field: 'signature', before: sigA, after: sigB });
  const parts = kernelDocParts(a.doc, b.doc);
  if (parts.length) out.push({ field: 'kernelDoc', before: a.doc?.summary ?? null, after: b.doc?.summary ?? null, parts });
  return out;
}

/** The deprecation a kfunc gains: the clue naming a deadline first, the others for the replacement. */
function deprecationAdded(before: readonly Deprecation[], after: readonly Deprecation[], permalink: string): DeprecationInfo | undefined {
  if (!after.length || before.length) return undefined;
  const main = after.find((d) => d.removalPlanned) ?? after[0];
  const replacement = after.find((d) => d.replacement)?.replacement;
  return {
    source: main.text,
    file: main.file,
    line: main.line,
    ...(main.deadlineText ? { deadlineText: main.deadlineText } : {}),
    ...(main.removalPlanned ? { removalPlanned: main.removalPlanned } : {}),
    ...(replacement ? { replacement } : {}),
    permalink,
  };
}

export function diffKfuncs(before: KfuncState, after: KfuncState, links: Permalinks): KfuncChange[] {
  const renames = matchRenames(before.snapshot, after.snapshot);
  const renamedFrom = new Map(renames.map((r) => [r.to, r]));
  const renamedAway = new Set(renames.map((r) => r.from));
  const out: KfuncChange[] = [];
  const where = (k: KfuncVersion) => ({ file: k.file, line: k.line });
  // A rename that keeps the old name as a deprecated wrapper is an addition that replaces it.
  const replaces = new Map<string, string>();
  for (const h of after.snapshot.renameHints) if (before.kfuncs.has(h.from)) replaces.set(h.to, h.from);
  for (const [old, k] of after.kfuncs) {
    for (const d of k.deprecations) if (d.replacement && before.kfuncs.has(old) && !replaces.has(d.replacement)) replaces.set(d.replacement, old);
  }

  for (const [name, now] of after.kfuncs) {
    const rename = renamedFrom.get(name);
    const was = before.kfuncs.get(rename?.from ?? name);
    const deprecation = deprecationAdded(was?.deprecations ?? [], now.deprecations, links.notice(name));
    const base = { name, ...where(now), permalink: links.kfunc(name), ...(deprecation ? { deprecation } : {}) };
    if (rename && was) {
      out.push({ ...base, kind: 'renamed', from: rename.from, reason: rename.reason, changes: fieldChanges(was, now) });
    } else if (!was) {
      const old = replaces.get(name);
      out.push({ ...base, kind: 'added', ...(old ? { replaces: old } : {}), changes: [] });
    } else {
      const changes = fieldChanges(was, now);
      if (changes.length || deprecation) out.push({ ...base, kind: 'changed', changes });
    }
  }
  for (const [name, was] of before.kfuncs) {
    if (after.kfuncs.has(name) || renamedAway.has(name)) continue;
    out.push({ name, kind: 'removed', ...where(was), changes: [], permalink: links.kfunc(name) });
  }
  const order = { renamed: 0, removed: 1, added: 2, changed: 3, mentioned: 4 } as const;
  return out.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}
