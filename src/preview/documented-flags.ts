import { flagMentions } from '../checks/check-flag-docs.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import { sectionAt, sectionInfo, sectionName } from './section-info.ts';

export interface FlagDoc {
  file: string;
  line: number;
  /** The documenting section as a reader names it: `2.4.9 KF_DEPRECATED flag`. */
  section: string;
}

/**
 * The `KF_*` flags the guides document: those a section title names ("2.4.9 KF_DEPRECATED flag"),
 * as the doc-flag checks count them, each with its first such section.
 */
export function documentedFlags(documents: readonly RstDocument[]): Map<string, FlagDoc> {
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const out = new Map<string, FlagDoc>();
  for (const [name, mentions] of flagMentions({ documents, texts: new Map() })) {
    const at = mentions.find((m) => m.inTitle);
    const doc = at && byPath.get(at.file);
    const section = doc && sectionAt(doc, at.line);
    if (at && doc && section) out.set(name, { file: at.file, line: at.line, section: sectionName(sectionInfo(doc, section)) });
  }
  return out;
}

/** What the flag diff compares in each state. */
export interface FlagState {
  /** `KF_*` names defined in include/linux/btf.h, with where. */
  defined: ReadonlyMap<string, { file: string; line: number }>;
  documented: ReadonlyMap<string, FlagDoc>;
}
