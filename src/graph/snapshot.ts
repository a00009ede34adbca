/**
 * What one kernel version says about each kfunc, reduced to what the lifecycle compares.
 * The graph builder fills these from the parsers; lifecycle and rename detection read only these.
 */
import type { Deprecation, Evidence } from './types.ts';

export type DeprecationClue = Deprecation;

export interface KfuncSnapshot {
  name: string;
  testOnly: boolean;
  flags: string[];
  programTypes: string[];
  bpfDeclaration: string | null;
  /** Registration (main) position. */
  file: string;
  line: number;
  /** Definition, when found: its file, and the body / kernel-doc text used to match renames. */
  definitionFile?: string;
  definitionLine?: number;
  body?: string;
  docText?: string;
  deprecations: DeprecationClue[];
}

export interface RenameHint {
  from: string;
  to: string;
  evidence: Evidence;
}

export interface VersionSnapshot {
  version: string;
  kfuncs: Map<string, KfuncSnapshot>;
  /** KF_* names defined in this version's include/linux/btf.h, with where. */
  flagDefinitions: Map<string, { file: string; line: number }>;
  /** Statements in this tree that name an old and a new kfunc name (compat headers, comments). */
  renameHints: RenameHint[];
}
