/**
 * The content graph as exported by `kfuncdoc graph` (schemaVersion 1) and read by the site.
 * The JSON Schema in schema/graph.schema.json describes the same shape; keep them together.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface Evidence {
  file: string;
  line: number;
  /** The version whose tree holds the evidence. */
  version: string;
  /** What was seen there, in words ("KF_DEPRECATED flag", "printk_deferred … is deprecated"). */
  text: string;
}

/** A statement that a kfunc is deprecated, with its source; see src/pipeline/deprecation-clues.ts. */
export interface Deprecation extends Evidence {
  source: 'flag' | 'kernel-doc' | 'runtime-warning' | 'compat-header' | 'comment' | 'content';
  /** Deadline as written ("v6.23") and normalised ("7.3"), when the source names one. */
  deadlineText?: string;
  removalPlanned?: string;
  replacement?: string;
}

export type LifecycleKind =
  | 'introduced'
  | 'flags-changed'
  | 'program-types-changed'
  | 'signature-changed'
  | 'deprecated'
  | 'renamed'
  | 'removed'
  | 'moved-to-test-module';

export interface LifecycleEvent {
  /** The version the event is placed at (the first version where it is seen). */
  version: string;
  kind: LifecycleKind;
  /** For an event seen between two scanned versions: the older one ("between A and B"). */
  after?: string;
  /** "at or before": introduced in the oldest version scanned, or named by its evidence. */
  atOrBefore?: boolean;
  /** Human summary: "KF_TRUSTED_ARGS removed (flag retired in 7.2)". */
  detail?: string;
  /** renamed: the new name; deprecated: the replacement, when known. */
  to?: string;
  /** renamed-from, for the successor's `introduced` event. */
  from?: string;
  /** deprecated: the version named as removal deadline, normalised (v6.20 → 7.0). */
  removalPlanned?: string;
  added?: string[];
  removed?: string[];
  /** deprecated: the mailing-list patch (content/patches/) that deprecated it, when known. */
  patch?: { messageId: string; subject: string };
  evidence: Evidence[];
}

export interface Registration {
  set: string;
  file: string;
  line: number;
  flags: string[];
  conditions: string[];
  programTypes: string[];
  /** The `struct btf_kfunc_id_set` name(s) that register this set. */
  idSets: string[];
  filter?: string;
}

export interface KernelDocParam {
  name: string;
  description: string;
}

export interface KernelDoc {
  name: string;
  summary: string;
  params: KernelDocParam[];
  returns: string | null;
  sections: { name: string; text: string }[];
  description: string;
  file: string;
  line: number;
}

export interface KfuncVersion {
  flags: string[];
  programTypes: string[];
  registrations: Registration[];
  conditions: string[];
  file: string;
  line: number;
  definition: { file: string; line: number; signature: string } | null;
  bpfDeclaration: string | null;
  doc: KernelDoc | null;
  /** Kbuild: the config symbol that builds the defining/registering file, and the module name when it can be a module. */
  build?: { config: string | null; module: string | null };
  /** Calls in the tree's BPF selftests and sched_ext schedulers, as examples (at most five). */
  usedIn?: { file: string; line: number; text: string }[];
  /** What says, in this version, that the kfunc is deprecated (empty when nothing does). */
  deprecations: Deprecation[];
}

export interface GraphKfunc {
  name: string;
  testOnly: boolean;
  versions: Record<string, KfuncVersion>;
  lifecycle: LifecycleEvent[];
}

export interface GraphFlag {
  name: string;
  versions: Record<string, { bit: number | null; value: string; comment: string; file: string; line: number }>;
  /** Versions where the flag is gone from btf.h after having been defined. */
  retiredIn?: string;
}

export interface VersionInfo {
  release: string;
  source: string;
  ref?: string;
  name?: string;
}

export interface ContentGraph {
  schemaVersion: 1;
  versions: string[];
  versionInfo: Record<string, VersionInfo>;
  kfuncs: GraphKfunc[];
  flags: GraphFlag[];
  documents: GraphDocument[];
  /** Mailing-list patches from content/patches/, with what they touched. */
  patches?: GraphPatch[];
  diagnostics: Diagnostic[];
}

export interface GraphPatch {
  /** Without angle brackets (or `file:line` for a diff without headers). */
  messageId: string;
  subject: string;
  /** The subject without its `[PATCH …]` tags. */
  title: string;
  version?: number;
  index?: number;
  total?: number;
  author: { name: string; email: string } | null;
  /** ISO 8601. */
  date: string | null;
  /** The file it was read from (content/patches/x.eml). */
  source: string;
  files: string[];
  /** kfuncs named in changed lines. */
  kfuncs: string[];
  /** Guide sections whose headings the hunks show (in the newest version's documents). */
  sections: { path: string; id: string; number: string | null; title: string }[];
  /** What it deprecates, renames or removes, read off the patch text. */
  changes: { subject: 'kfunc' | 'flag'; name: string; kind: 'deprecated' | 'renamed' | 'removed'; to?: string }[];
}

export interface GraphSection {
  /** As written ("2.5.8"), or null for an unnumbered title. */
  number: string | null;
  /** Without the number. */
  title: string;
  rawTitle: string;
  /** The heading id (docutils-style, number left out). */
  id: string;
  /** Of the title text, 1-based. */
  line: number;
  level: number;
  labels: string[];
}

export interface GraphReference {
  role: 'ref' | 'doc';
  line: number;
  column: number;
  target: string;
  text: string | null;
  resolved: { path: string; line: number; anchor: string | null; external?: boolean } | null;
}

export interface GraphDocument {
  path: string;
  version: string;
  title: string | null;
  sections: GraphSection[];
  labels: { name: string; rawName: string; line: number; attachedTo: unknown }[];
  references: GraphReference[];
  kernelDocDirectives: { line: number; file: string; options: Record<string, unknown> }[];
  kfuncMentions: { name: string; line: number }[];
}
