/**
 * The data of each content collection the loader fills: page-ready views of the content graph.
 * Pages read these and nothing else; HTML fields were rendered (and escaped) by the loader.
 */

/** A position in a kernel tree, with its link built from the site config. */
export interface SourceRef {
  file: string;
  line: number;
  version: string;
  url: string;
}

export interface EvidenceRef extends SourceRef {
  text: string;
}

export type BadgeTone = 'new' | 'changed' | 'deprecated' | 'renamed' | 'removed' | 'stable';

export interface LifecycleBadge {
  tone: BadgeTone;
  text: string;
  /** One or two words for table cells: "new", "removed 7.0". */
  short: string;
}

export type KfuncStatus = 'active' | 'deprecated' | 'renamed' | 'removed';

export interface TimelineEvent {
  kind: string;
  /** One line: "flags: +KF_SLEEPABLE", "renamed to bpf_x", "removal planned in 7.0". */
  text: string;
  /** The graph's own explanation ("flag retired in 7.0: trusted arguments are the default"). */
  detail?: string;
  /** "between 6.18 and 6.19" or "at or before 6.18", when the event is not pinned. */
  when?: string;
  /** A kfunc the event points to (rename target, replacement, predecessor). */
  link?: string;
  /** deprecated: the mailing-list patch that did it, when content/patches/ has it. */
  patch?: PatchRef;
  evidence: EvidenceRef[];
}

export interface TimelineCell {
  version: string;
  present: boolean;
  /** Flags in this version, for the hover text. */
  flags: string[];
  events: TimelineEvent[];
}

export interface ParamView {
  name: string;
  html: string;
  /** Supplied by the verifier (`KF_IMPLICIT_ARGS`): not in the BPF declaration. */
  implicit?: boolean;
  /** The annotation suffix (`__sz`) with what it means and the guide section defining it. */
  suffix?: { suffix: string; meaning: string; href: string };
}

export interface SetView {
  name: string;
  /** The calling context a set's name states (sched_ext's `_dispatch` …), in words. */
  context?: string;
  programTypes: string[];
  flags: string[];
  conditions: string[];
  idSets: string[];
  filter?: string;
  source: SourceRef;
}

export interface KfuncEntry {
  name: string;
  testOnly: boolean;
  status: KfuncStatus;
  badge: LifecycleBadge;
  since: string;
  sinceAtOrBefore: boolean;
  /** The newest version that has it: what the page describes. */
  version: string;
  summary: string;
  summaryHtml: string;
  /** Directory of the defining (or registering) file: the index's subsystem column. */
  subsystem: string;
  flags: { name: string; meaning: string; guide?: GuideSectionRef }[];
  /** Short program type names; `all` for BPF_PROG_TYPE_UNSPEC. */
  programTypes: string[];
  bpfDeclaration: string | null;
  prototype: string | null;
  params: ParamView[];
  returnsHtml: string | null;
  descriptionHtml: string;
  sectionsHtml: { name: string; html: string }[];
  sets: SetView[];
  conditions: string[];
  build: { config: string | null; module: string | null } | null;
  sources: { version: string; release: string; defined: SourceRef | null; registered: SourceRef; doc: SourceRef | null }[];
  timeline: TimelineCell[];
  deprecation: {
    since: string;
    when?: string;
    removalPlanned?: string;
    replacement?: string;
    removedIn?: string;
    evidence: EvidenceRef[];
    /** The mailing-list patch that deprecated it, when known. */
    patch?: PatchRef;
  } | null;
  renamedTo?: { name: string; version: string };
  renamedFrom?: { name: string; version: string };
  /** Calls in the tree's BPF selftests and sched_ext schedulers (of `version`), as examples. */
  usedIn: { text: string; source: SourceRef }[];
  /** Mailing-list patches (content/patches/) that touched it, oldest first. */
  patches: PatchRef[];
  /** Guide sections of the newest version that mention the kfunc. */
  mentions: { path: string; section: string; number: string | null; href: string; source: SourceRef }[];
  diagnostics: CheckView[];
  /** The hand-written note of content/kfuncs/, rendered. */
  note?: { file: string; html: string };
}

export interface FlagEntry {
  name: string;
  definitions: { version: string; defined: boolean; bit: number | null; value: string; comment: string; source: SourceRef | null }[];
  introducedIn: string | null;
  retiredIn: string | null;
  /** Documented in a guide but never defined in btf.h. */
  undefined: boolean;
  meaning: string;
  /** The guide section that documents it ("KF_ACQUIRE flag"), in the newest version. */
  guide?: GuideSectionRef;
  kfuncs: { name: string; status: KfuncStatus; versions: string[]; testOnly: boolean }[];
  diagnostics: CheckView[];
}

export interface VersionEntry {
  version: string;
  release: string;
  name?: string;
  source: string;
  previous: string | null;
  counts: { kfuncs: number; testOnly: number; flags: number };
  added: string[];
  removed: string[];
  /** Test-only kfuncs among added and removed, listed apart on the page. */
  testOnly: string[];
  renamed: { from: string; to: string }[];
  deprecated: string[];
  flagsChanged: { name: string; added: string[]; removed: string[] }[];
  programTypesChanged: { name: string; added: string[]; removed: string[] }[];
  signatureChanged: { name: string; detail: string }[];
  flagsAdded: string[];
  flagsRetired: string[];
  /** Guide sections whose number changed since the previous version (matched by heading id). */
  sectionsRenumbered: { path: string; title: string; from: string; to: string; href: string }[];
}

export interface NoticeEntry {
  kfunc: string;
  since: string;
  when?: string;
  removalPlanned?: string;
  replacement?: string;
  removedIn?: string;
  /** True when the deadline version is covered and the kfunc is still there. */
  pastDue: boolean;
  evidence: EvidenceRef[];
  /** The mailing-list patch that deprecated it, when known. */
  patch?: PatchRef;
  /** A notice from a hand-written note (content/kfuncs/<name>.md), not from the source. */
  note?: { file: string; links: { title: string; url: string }[] };
}

/** A section of a guide, linked to our rendered page when there is one (else docs.kernel.org). */
export interface GuideSectionRef {
  path: string;
  number: string | null;
  title: string;
  href: string;
}

/** A rendered guide of the newest version: /docs/<id>/. Its HTML and headings are the entry's `rendered`. */
export interface GuideEntry {
  /** `bpf/kfuncs` for Documentation/bpf/kfuncs.rst. */
  id: string;
  path: string;
  version: string;
  title: string;
  /** Sections with a heading on the page, in order. */
  sections: { id: string; number: string | null; title: string; line: number }[];
  /** The same document on docs.kernel.org. */
  kernelOrgUrl: string;
  /** The .rst in the source browser. */
  source: SourceRef;
}

export interface CheckView {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  hint?: string;
  version?: string;
  source: SourceRef | null;
}

export interface OverviewEntry {
  versions: { version: string; release: string; kfuncs: number; added: number; removed: number }[];
  newest: string;
  counts: { kfuncs: number; current: number; testOnly: number; flags: number; deprecated: number; removed: number; checks: number };
  recentAdditions: string[];
  deprecations: NoticeEntry[];
  removals: { name: string; version: string; renamedTo?: string }[];
  checks: CheckView[];
}

/** A mailing-list patch as other pages cite it. */
export interface PatchRef {
  /** URL-safe slug of the Message-ID: the page is /patches/<id>/. */
  id: string;
  /** Its page on this site; null when content/patches/ does not hold it. */
  href: string | null;
  messageId: string;
  /** The message in the archive (config `messageIdUrl`); null for a diff without mail headers. */
  messageUrl: string | null;
  subject: string;
  author: string | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
}

/** A patch of content/patches/ and what it touched: /patches/<id>/. */
export interface PatchEntry extends PatchRef {
  href: string;
  /** The subject without its `[PATCH …]` tags. */
  title: string;
  email: string | null;
  /** `v2`, `2/3`: where it sits in its series. */
  series: string | null;
  /** The file it was read from (content/patches/x.eml). */
  source: string;
  files: { file: string; url: string }[];
  /** kfuncs named in changed lines; href null for a name the graph does not know. */
  kfuncs: { name: string; href: string | null }[];
  sections: GuideSectionRef[];
  changes: { subject: 'kfunc' | 'flag'; name: string; kind: 'deprecated' | 'renamed' | 'removed'; href: string | null; to?: { name: string; href: string | null } }[];
}
