/** The values the patches stage returns: messages read from mail, diffs, and how they applied. */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';

export interface Person {
  name: string;
  email: string;
}

/** `[RFC PATCH bpf-next v2 1/3] bpf: title`, taken apart. */
export interface ParsedSubject {
  /** The decoded subject as sent (folding undone). */
  text: string;
  /** Starts with `Re:` (or `Fwd:`, `Aw:`…). */
  isReply: boolean;
  /** Upper-cased tags other than version and index: `PATCH`, `RFC`, `RESEND`. */
  tags: string[];
  /** Tree or list the patch is for: `bpf-next`, `net`. */
  listTag?: string;
  version?: number;
  index?: number;
  total?: number;
  /** `0/N`: the cover letter of a series. */
  isCover: boolean;
  /** What follows the bracketed prefixes, `Re:` removed. */
  title: string;
}

/** A `Key: value` line at the end of a commit message or in a reply (`Reviewed-by:`, `Link:`). */
export interface Trailer {
  /** Canonical case: `Reviewed-by`, `Signed-off-by`, `Link`, `Fixes`. */
  key: string;
  value: string;
  /** For `*-by` and `Cc` trailers that name someone. */
  person?: Person;
  /** Line in the input. */
  line: number;
}

export interface HunkLine {
  kind: ' ' | '+' | '-';
  /** Without the leading marker and without the line break. */
  text: string;
  /** The line ends without a newline (`\ No newline at end of file` follows it). */
  noNewline?: boolean;
  /** Line in the input. */
  line: number;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** The `@@ … @@` line as written. */
  header: string;
  /** Line of the header in the input. */
  line: number;
  lines: HunkLine[];
}

export type FileStatus = 'modified' | 'added' | 'deleted' | 'renamed' | 'copied';

/** One file's part of a diff. Paths are tree-relative (prefixes like `a/` removed); null is /dev/null. */
export interface FilePatch {
  oldPath: string | null;
  newPath: string | null;
  status: FileStatus;
  oldMode?: string;
  newMode?: string;
  /** From the `index 0bd07b39c2a4..4135f3111b67 100644` line. */
  index?: { from: string; to: string };
  similarity?: number;
  binary: boolean;
  hunks: Hunk[];
  /** Line of the file's first header line in the input. */
  line: number;
}

export interface Patch {
  /** Input the patch was read from (a path, or `-`). */
  source: string;
  /** The diff text, unquoted when it came from a reply; blank context lines restored to a space. */
  text: string;
  files: FilePatch[];
  /** 0 for a patch sent as such, 1 for a patch quoted once with `> `, 2 for `> > `… */
  quoteDepth: number;
  /** Line of the first diff line in the input. */
  line: number;
  /** Hunks a reply quoted only in part (cut short, elided), left out of `files`; empty otherwise. */
  omitted: { file: string; header: string; line: number; why: string }[];
}

export interface MailMessage {
  source: string;
  /** Line where the message (its first header, or the diff) starts in the input. */
  line: number;
  /** `diff` for a plain diff with no mail headers. */
  kind: 'mail' | 'diff';
  /** Without angle brackets. */
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  subject: ParsedSubject;
  /** The patch's author: an in-body `From:` line when there is one, else the sender. */
  author?: Person;
  /** The header `From:`. */
  sender?: Person;
  /** ISO 8601. */
  date?: string;
  /** The commit hash of a `git format-patch` separator line (`From <sha> Mon Sep 17 …`). */
  commit?: string;
  trailers: Trailer[];
  /** Decoded plain-text body. */
  body: string;
  patch?: Patch;
  /** Why there is no patch, when there is none. */
  noPatchReason?: string;
}

export interface ReadResult {
  messages: MailMessage[];
  diagnostics: Diagnostic[];
}

export type ApplyMethod = 'exact' | 'offset' | 'fuzz' | 'whitespace';

export interface HunkResult {
  /** 1-based hunk number within its file. */
  hunk: number;
  header: string;
  method: ApplyMethod;
  /** Where the hunk matched minus where its header says, in lines. */
  offset: number;
  /** Context lines ignored at each end. */
  fuzz: number;
  /** 1-based line of the old file where the (fuzz-trimmed) hunk matched. */
  at: number;
}

export interface FileResult {
  file: string;
  /** Set when the file was renamed or copied from another path. */
  from?: string;
  status: FileStatus;
  hunks: HunkResult[];
}

/** A hunk that matched nowhere: where it was expected, and what the tree holds there. */
export interface HunkFailure {
  file: string;
  hunk: number;
  header: string;
  /** Line of the hunk header in the patch input. */
  patchLine: number;
  /** 1-based line in the tree's file where the hunk was expected. */
  expectedAt: number;
  /** The old lines the hunk needs (context and removed), in order. */
  expected: string[];
  /** The lines the tree's file holds at `expectedAt`. */
  found: string[];
  /** 1-based line of the first difference in the tree's file, if any line differs. */
  firstMismatch?: number;
  /** The place where most of the expected lines match, when it is not `expectedAt`. */
  closest?: { at: number; matching: number };
}

export interface ApplyResult {
  /** True when every file applied; when false, `tree` is the input tree, untouched. */
  ok: boolean;
  tree: KernelTree;
  /** The files whose hunks all matched, in patch order (when ok is false they are not in `tree`). */
  applied: FileResult[];
  failures: HunkFailure[];
  diagnostics: Diagnostic[];
}
