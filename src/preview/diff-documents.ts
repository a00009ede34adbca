/**
 * What a patch does to the guides it touches: sections renumbered (old → new), renamed, moved,
 * added and removed, labels added and lost, anchors that stop working. Sections are paired by
 * mapSections (label, title, similar title, position), so a renumbering is not an add + remove.
 */
import { mapSections, type LostAnchor as LostAnchorFound, type SectionPair } from '../rst/map-sections.ts';
import type { RstDocument, RstLabel } from '../rst/rst-document.ts';
import { resolveReferences, type ResolveOptions } from '../rst/resolve-references.ts';
import type { AddedLabel, DocumentDiff, LabelInfo, SectionChange } from './preview-report.ts';
import { sectionInfo, sectionName, writtenNumber } from './section-info.ts';

type Doc = RstDocument;
type LostAnchorTarget = LostAnchorFound['old'];

function labelInfo(doc: Doc, label: RstLabel): LabelInfo {
  const attached = label.attachedTo?.kind === 'section' ? doc.sections[label.attachedTo.section] : undefined;
  return { name: label.rawName, line: label.line, section: attached ? { number: writtenNumber(attached), title: attached.title } : null };
}

function change(oldDoc: Doc, newDoc: Doc, pair: SectionPair): SectionChange {
  return { old: sectionInfo(oldDoc, oldDoc.sections[pair.old.index]), new: sectionInfo(newDoc, newDoc.sections[pair.new.index]) };
}

/** What a lost anchor pointed at: the label as written, or the section as a reader names it. */
function lostTarget(doc: Doc, old: LostAnchorTarget): string {
  if ('label' in old) return doc.labels.find((l) => l.name === old.label)?.rawName ?? old.label;
  return sectionName(sectionInfo(doc, doc.sections[old.index]));
}

function emptyDiff(path: string, status: DocumentDiff['status']): DocumentDiff {
  return { path, status, renumbered: [], renamed: [], moved: [], added: [], removed: [], labelsAdded: [], labelsLost: [], anchorsLost: [] };
}

/**
 * One entry per path in `changed` that is a guide in either state. `before` and `after` hold
 * every document of each state (untouched ones too), so that links into the changed ones count.
 */
export function diffDocuments(before: readonly Doc[], after: readonly Doc[], changed: readonly string[], options: ResolveOptions = {}): DocumentDiff[] {
  const oldByPath = new Map(before.map((d) => [d.path, d]));
  const newByPath = new Map(after.map((d) => [d.path, d]));
  const resolved = resolveReferences(after, options);
  const refsTo = (label: RstLabel, path: string): Pick<AddedLabel, 'references' | 'resolved'> => {
    const links = resolved.references.filter((r) => r.reference.role === 'ref' && r.reference.target === label.name);
    const here = links.filter((r) => r.resolved?.path === path && resolved.labels.get(label.name)?.label === label);
    return { references: links.length, resolved: here.length };
  };

  const out: DocumentDiff[] = [];
  for (const path of [...new Set(changed)].sort()) {
    const oldDoc = oldByPath.get(path);
    const newDoc = newByPath.get(path);
    if (!oldDoc && !newDoc) continue;
    if (!oldDoc) {
      const diff = emptyDiff(path, 'added');
      diff.added = newDoc!.sections.map((s) => sectionInfo(newDoc!, s));
      diff.labelsAdded = newDoc!.labels.map((l) => ({ ...labelInfo(newDoc!, l), ...refsTo(l, path) }));
      out.push(diff);
      continue;
    }
    if (!newDoc) {
      const diff = emptyDiff(path, 'deleted');
      diff.removed = oldDoc.sections.map((s) => sectionInfo(oldDoc, s));
      diff.labelsLost = oldDoc.labels.map((l) => labelInfo(oldDoc, l));
      out.push(diff);
      continue;
    }
    const mapping = mapSections(oldDoc, newDoc);
    const oldLabels = new Set(oldDoc.labels.map((l) => l.name));
    const newLabels = new Set(newDoc.labels.map((l) => l.name));
    out.push({
      path,
      status: 'modified',
      renumbered: mapping.pairs.filter((p) => p.changes.includes('renumbered')).map((p) => change(oldDoc, newDoc, p)),
      renamed: mapping.pairs.filter((p) => p.changes.includes('renamed')).map((p) => change(oldDoc, newDoc, p)),
      moved: mapping.pairs.filter((p) => p.changes.includes('moved')).map((p) => change(oldDoc, newDoc, p)),
      added: mapping.added.map((s) => sectionInfo(newDoc, newDoc.sections[s.index])),
      removed: mapping.removed.map((s) => sectionInfo(oldDoc, oldDoc.sections[s.index])),
      labelsAdded: newDoc.labels.filter((l) => !oldLabels.has(l.name)).map((l) => ({ ...labelInfo(newDoc, l), ...refsTo(l, path) })),
      labelsLost: oldDoc.labels.filter((l) => !newLabels.has(l.name)).map((l) => labelInfo(oldDoc, l)),
      anchorsLost: mapping.lostAnchors.map((a) => ({
        anchor: a.anchor,
        kind: a.kind,
        was: lostTarget(oldDoc, a.old),
        replacement: a.replacement,
      })),
    });
  }
  return out;
}

/** True when the diff of a document says nothing a reader would notice. */
export function isQuiet(diff: DocumentDiff): boolean {
  return [diff.renumbered, diff.renamed, diff.moved, diff.added, diff.removed, diff.labelsAdded, diff.labelsLost, diff.anchorsLost].every((l) => l.length === 0);
}
