/**
 * What `kfuncdoc preview` reports about a patch: the difference between the graph (and the rst
 * guides) of a tree and of the same tree seen through the patch. Plain JSON data, printed as is
 * by `--format json` (schema below), as text by formatPreviewText.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ApplyMethod, FileStatus } from '../patches/types.ts';

export const PREVIEW_SCHEMA = 'kfuncdoc-preview-1';

/** A section of a guide in one state: its number as written ("3." or "3.1"), its title and anchor. */
export interface SectionInfo {
  number: string | null;
  title: string;
  line: number;
  /** The anchor docutils gives it, which docs.kernel.org and the site use. */
  anchor: string;
  /** Labels attached to it, as written in the rst. */
  labels: string[];
}

export interface SectionChange {
  old: SectionInfo;
  new: SectionInfo;
}

export interface LabelInfo {
  /** As written in the rst (`KF_deprecated_flag`); `:ref:`s compare it lower-cased. */
  name: string;
  line: number;
  /** The section it names, when it stands before one. */
  section: { number: string | null; title: string } | null;
}

export interface AddedLabel extends LabelInfo {
  /** `:ref:`s to it in the patched documents, and how many of them resolve (all, unless it is a duplicate). */
  references: number;
  resolved: number;
}

export interface LostAnchor {
  anchor: string;
  kind: 'heading' | 'label';
  /** What it pointed at before. */
  was: string;
  /** The anchor of the same section now, when it still exists under another anchor. */
  replacement: string | null;
}

/** One guide the patch changed. */
export interface DocumentDiff {
  path: string;
  status: 'modified' | 'added' | 'deleted';
  renumbered: SectionChange[];
  renamed: SectionChange[];
  /** Sections now under another parent section. */
  moved: SectionChange[];
  added: SectionInfo[];
  removed: SectionInfo[];
  labelsAdded: AddedLabel[];
  labelsLost: LabelInfo[];
  anchorsLost: LostAnchor[];
}

/** A `:ref:` (or `:doc:`) link, where it is written and where it leads. */
export interface ReferenceInfo {
  path: string;
  line: number;
  role: 'ref' | 'doc';
  /** The target as the link names it (the label as written at its definition when it resolves). */
  target: string;
  /** Where it leads, when it resolves: `Documentation/bpf/kfuncs.rst#kfunc-deprecation` and the section. */
  resolvesTo: { path: string; anchor: string | null; section: string | null } | null;
}

export interface ReferencesDiff {
  /** Links the patch writes, resolving or not. */
  added: ReferenceInfo[];
  /** Links that resolved before and do not now (the patch removed or renamed their target). */
  broken: ReferenceInfo[];
  /** Links that did not resolve before and do now. */
  fixed: ReferenceInfo[];
  /** How many links the patch removes. */
  removed: number;
}

export type KfuncField = 'flags' | 'programTypes' | 'signature' | 'kernelDoc';

export interface FieldChange {
  field: KfuncField;
  before: string | string[] | null;
  after: string | string[] | null;
  /** For lists (flags, program types): what came and went. */
  added?: string[];
  removed?: string[];
  /** kernelDoc: which parts differ (`summary`, `parameters`, `Return`, `description`), or `added` / `removed` for the whole comment. */
  parts?: string[];
}

export interface DeprecationInfo {
  /** Where it is said, in words (`registered with KF_DEPRECATED`, `printk_deferred: "…"`). */
  source: string;
  file: string;
  line: number;
  /** As written (`v6.15`) and as a real version (`6.15`); `v6.20` is 7.0. */
  deadlineText?: string;
  removalPlanned?: string;
  replacement?: string;
  /** `{site}/kfuncs/<name>/#deprecation`. */
  permalink: string;
}

export interface KfuncChange {
  name: string;
  kind: 'added' | 'removed' | 'renamed' | 'changed' | 'mentioned';
  /** renamed: the old name, and why the two are taken for one kfunc. */
  from?: string;
  reason?: string;
  /** added: the kfunc it takes over from, which stays as a deprecated wrapper (a compat header or its deprecation says so). */
  replaces?: string;
  /** Where it is registered; for `mentioned`, where the patched guide names it. */
  file: string | null;
  line: number | null;
  changes: FieldChange[];
  /** Set when the patch deprecates it (it was not deprecated before). */
  deprecation?: DeprecationInfo;
  /** `{site}/kfuncs/<name>/`. */
  permalink: string;
}

export interface FlagChange {
  name: string;
  /** What the patch does to the flag. */
  kind: 'defined' | 'undefined' | 'documented' | 'undocumented';
  /** Where (the btf.h line, or the guide's section). */
  where: { file: string; line: number; section?: string } | null;
  /** The other half after the patch: a documented flag is defined, a defined flag is documented. null when unknown (no C sources). */
  counterpart: boolean | null;
  permalink: string;
}

export interface AppliedFile {
  file: string;
  from?: string;
  status: FileStatus;
  hunks: { hunk: number; method: ApplyMethod; offset: number; fuzz: number; at: number }[];
}

export interface PatchSummary {
  /** The input (a path, or `-`). */
  source: string;
  subject: string | null;
  messageId: string | null;
  author: string | null;
  date: string | null;
  /** 1 for a plain patch or a reply quoting one; the number of patches applied for a series. */
  patches: number;
  /** Quoted with `> ` (depth 1) in a reply. */
  quoteDepth: number;
  files: AppliedFile[];
  /** Offsets, fuzz, whitespace tolerance, series gaps: how the patch went on. */
  notes: Diagnostic[];
}

export interface PreviewReport {
  schema: typeof PREVIEW_SCHEMA;
  patch: PatchSummary;
  tree: { label: string; version: string | null; hasSources: boolean };
  site: string;
  documents: DocumentDiff[];
  references: ReferencesDiff;
  kfuncs: KfuncChange[];
  flags: FlagChange[];
  diagnostics: { introduced: Diagnostic[]; resolved: Diagnostic[] };
  /** What could not be looked at, said once (the checks that need C sources, on a Documentation-only tree). */
  skipped: string[];
}
