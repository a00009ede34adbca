/**
 * Maps the sections of one state of a document onto another (before/after a patch, or two
 * kernel versions): by label, then by title, then by a close title, then by position between
 * sections already matched. Reports what a reader notices: renumbered, renamed, moved, added,
 * removed sections, the anchors that stop working, and prose that still names an old number.
 */
import { headingId } from './heading-id.ts';
import { numberingParents } from './numbering-parent.ts';
import type { RstDocument, RstDocumentSection, SectionMention } from './rst-document.ts';
import { normalizeTitle, titleSimilarity } from './title-similarity.ts';

export interface SectionRef {
  index: number;
  number: string | null;
  title: string;
  line: number;
  id: string;
}

export type MatchedBy = 'label' | 'title' | 'similar-title' | 'position';
export type SectionChangeKind = 'renumbered' | 'renamed' | 'moved';

export interface SectionPair {
  old: SectionRef;
  new: SectionRef;
  matchedBy: MatchedBy;
  changes: SectionChangeKind[];
}

export interface LostAnchor {
  /** The id that no longer exists in the new document (`opt-annotation`). */
  anchor: string;
  kind: 'heading' | 'label';
  /** Where it pointed in the old document. */
  old: SectionRef | { label: string; line: number };
  /** The anchor of the same section in the new document, when the section still exists. */
  replacement: string | null;
}

export interface StaleMention {
  mention: SectionMention;
  /** The section the number named before. */
  meant: SectionRef;
  /** That section now (null when it was removed). */
  now: SectionRef | null;
}

export interface SectionMapping {
  oldPath: string;
  newPath: string;
  pairs: SectionPair[];
  added: SectionRef[];
  removed: SectionRef[];
  lostAnchors: LostAnchor[];
  staleMentions: StaleMention[];
}

const ref = (s: RstDocumentSection, index: number): SectionRef => ({ index, number: s.number, title: s.title, line: s.line, id: s.id });

/** Titles this alike are the same section wherever they are; between matched neighbours less will do. */
const SIMILAR = 0.75;
const NEIGHBOURS = 0.25;

export function mapSections(oldDoc: RstDocument, newDoc: RstDocument): SectionMapping {
  const a = oldDoc.sections;
  const b = newDoc.sections;
  const match = new Map<number, { to: number; by: MatchedBy }>();
  const taken = new Set<number>();
  const pair = (i: number, j: number, by: MatchedBy): void => {
    match.set(i, { to: j, by });
    taken.add(j);
  };
  const free = (pred: (i: number, j: number) => boolean, by: MatchedBy): void => {
    a.forEach((_, i) => {
      if (match.has(i)) return;
      const j = b.findIndex((__, k) => !taken.has(k) && pred(i, k));
      if (j !== -1) pair(i, j, by);
    });
  };
  free((i, j) => a[i].labels.some((l) => b[j].labels.includes(l)), 'label');
  free((i, j) => a[i].title === b[j].title, 'title');
  free((i, j) => normalizeTitle(a[i].title) === normalizeTitle(b[j].title), 'title');
  free((i, j) => a[i].level === b[j].level && titleSimilarity(a[i].title, b[j].title) >= SIMILAR, 'similar-title');
  matchBetweenNeighbours(a, b, match, taken, pair);

  const oldParents = numberingParents(a);
  const newParents = numberingParents(b);
  const pairs: SectionPair[] = [...match.entries()]
    .sort(([i], [j]) => i - j)
    .map(([i, { to, by }]) => {
      const changes: SectionChangeKind[] = [];
      if (a[i].number !== b[to].number) changes.push('renumbered');
      if (a[i].title !== b[to].title) changes.push('renamed');
      const oldParent = oldParents[i];
      const mappedParent = oldParent === null ? null : (match.get(oldParent)?.to ?? -1);
      if (mappedParent !== newParents[to]) changes.push('moved');
      return { old: ref(a[i], i), new: ref(b[to], to), matchedBy: by, changes };
    });
  return {
    oldPath: oldDoc.path,
    newPath: newDoc.path,
    pairs,
    added: b.map(ref).filter((s) => !taken.has(s.index)),
    removed: a.map(ref).filter((s) => !match.has(s.index)),
    lostAnchors: lostAnchors(oldDoc, newDoc, match),
    staleMentions: staleMentions(newDoc, a, b, match),
  };
}

/** Pairs what is left between two matched sections, in order, when the titles share enough words. */
function matchBetweenNeighbours(
  a: readonly RstDocumentSection[],
  b: readonly RstDocumentSection[],
  match: Map<number, { to: number; by: MatchedBy }>,
  taken: ReadonlySet<number>,
  pair: (i: number, j: number, by: MatchedBy) => void,
): void {
  a.forEach((section, i) => {
    if (match.has(i)) return;
    let before = -1;
    for (let k = i - 1; k >= 0; k--) if (match.has(k)) { before = match.get(k)!.to; break; }
    let after = b.length;
    for (let k = i + 1; k < a.length; k++) if (match.has(k)) { after = match.get(k)!.to; break; }
    let best = -1;
    let bestScore = NEIGHBOURS;
    for (let j = before + 1; j < after; j++) {
      if (taken.has(j) || b[j].level !== section.level) continue;
      const score = titleSimilarity(section.title, b[j].title);
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = j;
        bestScore = score;
      }
    }
    if (best !== -1) pair(i, best, 'position');
  });
}

function lostAnchors(oldDoc: RstDocument, newDoc: RstDocument, match: Map<number, { to: number }>): LostAnchor[] {
  const newAnchors = new Set([...newDoc.sections.map((s) => s.id), ...newDoc.labels.map((l) => headingId(l.name))]);
  const lost: LostAnchor[] = [];
  oldDoc.sections.forEach((s, i) => {
    if (newAnchors.has(s.id)) return;
    const to = match.get(i)?.to;
    lost.push({ anchor: s.id, kind: 'heading', old: ref(s, i), replacement: to === undefined ? null : newDoc.sections[to].id });
  });
  for (const label of oldDoc.labels) {
    const anchor = headingId(label.name);
    if (newAnchors.has(anchor)) continue;
    lost.push({ anchor, kind: 'label', old: { label: label.name, line: label.line }, replacement: null });
  }
  return lost;
}

/** Mentions in the new text of a number that, before, named a section now numbered differently. */
function staleMentions(
  newDoc: RstDocument,
  a: readonly RstDocumentSection[],
  b: readonly RstDocumentSection[],
  match: Map<number, { to: number }>,
): StaleMention[] {
  const out: StaleMention[] = [];
  for (const mention of newDoc.sectionMentions) {
    const i = a.findIndex((s) => s.number === mention.number);
    if (i === -1) continue;
    const to = match.get(i)?.to;
    if (to !== undefined && b[to].number === mention.number) continue;
    out.push({ mention, meant: ref(a[i], i), now: to === undefined ? null : ref(b[to], to) });
  }
  return out;
}
