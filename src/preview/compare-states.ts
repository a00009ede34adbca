/**
 * The differences a reader cares about between the two built states of a tree: guides, links,
 * kfuncs (including those the lines a patch writes in a guide newly mention) and flags.
 */
import type { VersionBuild } from '../pipeline/build-graph.ts';
import { diffDocuments } from './diff-documents.ts';
import { diffFlags } from './diff-flags.ts';
import { diffKfuncs } from './diff-kfuncs.ts';
import { diffReferences } from './diff-references.ts';
import { documentedFlags, type FlagState } from './documented-flags.ts';
import { mentionedKfuncs, writtenLines } from './mentioned-kfuncs.ts';
import type { Permalinks } from './permalinks.ts';
import type { DocumentDiff, FlagChange, KfuncChange, ReferencesDiff } from './preview-report.ts';

export interface Comparison {
  documents: DocumentDiff[];
  references: ReferencesDiff;
  kfuncs: KfuncChange[];
  flags: FlagChange[];
}

const flagState = (b: VersionBuild): FlagState => ({
  defined: new Map(b.facts.flags.map((f) => [f.name, { file: f.file, line: f.line }])),
  documented: documentedFlags(b.docs.documents),
});

/** `touched`: the paths the patch changed (for a rename, both names). */
export function compareStates(before: VersionBuild, after: VersionBuild, touched: readonly string[], links: Permalinks): Comparison {
  const hasSources = before.facts.hasSources || after.facts.hasSources;
  const docsBefore = before.docs.documents;
  const docsAfter = after.docs.documents;
  const kfuncs = hasSources ? diffKfuncs(before.facts, after.facts, links) : [];
  if (hasSources) {
    const listed = new Set(kfuncs.map((k) => k.name));
    const isKfunc = (name: string) => after.facts.kfuncs.has(name) && !listed.has(name);
    for (const doc of docsAfter.filter((d) => touched.includes(d.path))) {
      for (const k of mentionedKfuncs(doc, writtenLines(before.docs.texts.get(doc.path), after.docs.texts.get(doc.path) ?? ''), isKfunc, links)) {
        listed.add(k.name);
        kfuncs.push(k);
      }
    }
  }
  return {
    documents: diffDocuments(docsBefore, docsAfter, touched, after.docs.resolveOptions),
    references: diffReferences(docsBefore, docsAfter, before.docs.resolveOptions, after.docs.resolveOptions),
    kfuncs,
    flags: diffFlags(flagState(before), flagState(after), links, hasSources),
  };
}
