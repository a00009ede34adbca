/**
 * KF_* flags documented in Documentation/bpf (a section titled after the flag, "2.4.9
 * KF_DEPRECATED flag") but not defined in include/linux/btf.h (KF_DEPRECATED, documented since
 * 2023, never defined), and defined but named nowhere there (KF_FASTCALL, KF_ARENA_* in 7.2).
 * For the latter any mention counts: KF_ITER_* are explained in bpf_iterators.rst (7.2).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DriftInput } from './drift-input.ts';

export const FLAG_DOC_CODES = ['doc-flag-undefined', 'doc-flag-undocumented'] as const;

const FLAG = /\bKF_[A-Z][A-Z0-9_]*[A-Z0-9]\b/g;

export interface FlagMention {
  file: string;
  line: number;
  column: number;
  /** Mentioned in a section title ("2.4.9 KF_DEPRECATED flag"): the section that documents it. */
  inTitle: boolean;
}

/** Every KF_* mention in the guides, section titles first. */
export function flagMentions(input: Pick<DriftInput, 'texts' | 'documents'>): Map<string, FlagMention[]> {
  const mentions = new Map<string, FlagMention[]>();
  const add = (name: string, m: FlagMention) => mentions.set(name, [...(mentions.get(name) ?? []), m]);
  for (const doc of input.documents) {
    for (const s of doc.sections) for (const m of s.rawTitle.matchAll(FLAG)) add(m[0], { file: doc.path, line: s.line, column: s.column + m.index!, inTitle: true });
  }
  for (const [file, text] of input.texts) {
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(FLAG)) add(m[0], { file, line: i + 1, column: m.index! + 1, inTitle: false });
    });
  }
  return mentions;
}

export function checkFlagDocs(input: DriftInput): Diagnostic[] {
  if (!input.hasSources) return [];
  const mentions = flagMentions(input);
  const defined = new Map(input.flags.map((f) => [f.name, f]));
  const out: Diagnostic[] = [];
  for (const [name, list] of [...mentions].sort(([a], [b]) => a.localeCompare(b))) {
    // Only a section about the flag documents it: prose also names verifier argument kinds
    // (KF_ARG_PTR_TO_LIST_NODE), which are no flags.
    const at = list.find((m) => m.inTitle);
    if (defined.has(name) || !at) continue;
    out.push(
      diagnostic('doc-flag-undefined', 'warning', at, `${name} is documented but include/linux/btf.h of ${input.version} does not define it`, {
        hint: `define ${name} in include/linux/btf.h, or say in the guide that it is planned`,
        version: input.version,
      }),
    );
  }
  for (const flag of input.flags) {
    if (mentions.has(flag.name)) continue;
    out.push(
      diagnostic('doc-flag-undocumented', 'warning', flag, `${flag.name} is defined but no guide in Documentation/bpf mentions it`, {
        hint: `add a "${flag.name} flag" section to Documentation/bpf/kfuncs.rst`,
        version: input.version,
      }),
    );
  }
  return out;
}
