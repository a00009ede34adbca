/**
 * What the rest of the pipeline knows about one .rst file: plain JSON data (no class instances,
 * no functions), so that a caller can cache it by content hash and skip restructured next time.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstAdornment, RstDirectiveOption, RstRoot } from './rst-tree.ts';

export interface RstDocumentSection {
  /** The number as written ("2.5.8", "3"), or null for an unnumbered title. */
  number: string | null;
  /** The title without its number, markup removed ("struct bpf_cpumask *"). */
  title: string;
  /** The title line as written, number and markup included ("2.1 ``struct bpf_cpumask *``"). */
  rawTitle: string;
  /** The heading id (anchor) docutils gives it: headingId of the title, unique in the document. */
  id: string;
  /** Line and column of the title text (not of the overline). */
  line: number;
  column: number;
  /** rst level, 1 for the document title's style. */
  level: number;
  /** Whitespace written between number and title ("" without a number). */
  separator: string;
  underline: RstAdornment;
  overline?: RstAdornment;
  /** Normalised names of the labels attached to this section. */
  labels: string[];
  /** Index of the enclosing section in `sections`, or null for a top-level one. */
  parent: number | null;
  /** Last line of the section (its subsections included). */
  endLine: number;
}

export type LabelAttachment =
  | { kind: 'section'; section: number; line: number }
  | { kind: 'element'; type: string; line: number };

export interface RstLabel {
  /** Normalised (fullyNormalizeName). */
  name: string;
  rawName: string;
  line: number;
  column: number;
  /** What the label points at: the section or element after it (docutils' PropagateTargets), or null. */
  attachedTo: LabelAttachment | null;
}

export interface RstReference {
  role: 'ref' | 'doc';
  line: number;
  column: number;
  /** `:ref:` — the label name, normalised; `:doc:` — the document path as written. */
  target: string;
  /** The explicit link text, or null when the link shows the target's title. */
  text: string | null;
}

export interface KernelDocDirective {
  line: number;
  /** The source file, relative to the tree root (`kernel/bpf/helpers.c`). */
  file: string;
  options: KernelDocOptions;
}

/** `.. kernel-doc::` options; list options are split on whitespace ([] when given empty). */
export interface KernelDocOptions {
  identifiers?: string[];
  functions?: string[];
  noIdentifiers?: string[];
  export?: string[];
  internal?: string[];
  doc?: string;
  /** Every option as written, including ones not listed above. */
  raw: RstDirectiveOption[];
}

export interface KfuncMention {
  /** An identifier that may name a kfunc (`bpf_obj_new`); the graph decides whether one exists. */
  name: string;
  line: number;
  column: number;
  /** Written as a call (`bpf_obj_new()` in prose, `bpf_obj_new(` in code). */
  call: boolean;
  /** Where: prose text, an inline literal, a role (`:c:func:`), or a code/literal block. */
  context: 'text' | 'literal' | 'role' | 'code';
}

export interface SectionMention {
  /** The section number the prose names ("3.1"). */
  number: string;
  /** The phrase as written ("section 3.1", "see 2.2.4"). */
  text: string;
  line: number;
  /** Column of the number. */
  column: number;
  /** "section 3.1" is explicit; "in 2.4" / "see 2.2.4" could also be a version, so it is not. */
  explicit: boolean;
}

export interface RstDocument {
  path: string;
  /** The document title (the first top-level section's title, markup removed), or null. */
  title: string | null;
  sections: RstDocumentSection[];
  labels: RstLabel[];
  references: RstReference[];
  kernelDocDirectives: KernelDocDirective[];
  kfuncMentions: KfuncMention[];
  sectionMentions: SectionMention[];
  /** Problems found while parsing (the checks in src/checks/ report the rest). */
  diagnostics: Diagnostic[];
  /** The typed tree, for the renderer. */
  tree: RstRoot;
}
