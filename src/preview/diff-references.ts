/**
 * `:ref:` and `:doc:` links before and after a patch: the ones it writes (and whether they
 * resolve), the ones it breaks by removing or renaming their target, the ones it fixes. Links are
 * paired by document, role, target and text — not by line, which every edit above them shifts.
 */
import type { RstDocument } from '../rst/rst-document.ts';
import { resolveReferences, type ReferenceResolution, type ReferenceResolutions, type ResolveOptions } from '../rst/resolve-references.ts';
import type { ReferenceInfo, ReferencesDiff } from './preview-report.ts';
import { sectionAt, sectionInfo, sectionName } from './section-info.ts';

const key = (r: ReferenceResolution) => `${r.path}\0${r.reference.role}\0${r.reference.target}\0${r.reference.text ?? ''}`;

function info(r: ReferenceResolution, resolutions: ReferenceResolutions, docs: ReadonlyMap<string, RstDocument>): ReferenceInfo {
  const definition = r.reference.role === 'ref' ? resolutions.labels.get(r.reference.target) : undefined;
  const target = definition?.label.rawName ?? r.reference.target;
  if (!r.resolved) return { path: r.path, line: r.reference.line, role: r.reference.role, target, resolvesTo: null };
  const doc = docs.get(r.resolved.path);
  const section = doc && r.resolved.anchor ? sectionAt(doc, r.resolved.line) : undefined;
  return {
    path: r.path,
    line: r.reference.line,
    role: r.reference.role,
    target,
    resolvesTo: { path: r.resolved.path, anchor: r.resolved.anchor, section: section && doc ? sectionName(sectionInfo(doc, section)) : null },
  };
}

export function diffReferences(before: readonly RstDocument[], after: readonly RstDocument[], options: ResolveOptions = {}, afterOptions: ResolveOptions = options): ReferencesDiff {
  const old = resolveReferences(before, options);
  const now = resolveReferences(after, afterOptions);
  const newDocs = new Map(after.map((d) => [d.path, d]));
  const waiting = new Map<string, ReferenceResolution[]>();
  for (const r of old.references) waiting.set(key(r), [...(waiting.get(key(r)) ?? []), r]);

  const diff: ReferencesDiff = { added: [], broken: [], fixed: [], removed: 0 };
  for (const r of now.references) {
    const was = waiting.get(key(r))?.shift();
    if (!was) diff.added.push(info(r, now, newDocs));
    else if (was.resolved && !r.resolved) diff.broken.push(info(r, now, newDocs));
    else if (!was.resolved && r.resolved) diff.fixed.push(info(r, now, newDocs));
  }
  // A link the patch deletes is not broken, it is gone: only links still written can break.
  for (const rest of waiting.values()) diff.removed += rest.length;
  return diff;
}
