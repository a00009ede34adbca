/** What the doc↔code checks of one version read: its guides, its kfuncs, its flags. */
import type { KfuncVersion } from '../graph/types.ts';
import type { RstDocument } from '../rst/rst-document.ts';

export interface DriftInput {
  version: string;
  /** The newest version in the graph: deadlines at or before it are past due. */
  newestVersion: string;
  /** False for a tree without C sources: the checks that need them are skipped. */
  hasSources: boolean;
  documents: readonly RstDocument[];
  texts: ReadonlyMap<string, string>;
  /** KF_* defined in include/linux/btf.h. */
  flags: readonly { name: string; file: string; line: number }[];
  kfuncs: ReadonlyMap<string, KfuncVersion & { testOnly: boolean }>;
  /** kfuncs of other scanned versions, with what became of them ("renamed to X in 7.2"). */
  elsewhere: ReadonlyMap<string, string>;
  /** Functions defined in the C files read (kernel functions the guides name are no kfuncs). */
  functions: ReadonlySet<string>;
  /** BPF helpers (include/uapi/linux/bpf.h), which guides name beside kfuncs. */
  helpers: ReadonlySet<string>;
  /** For each file named by a `kernel-doc` directive: the identifiers it documents, or null when missing. */
  kernelDocSources: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Names the guides use as illustrations, not as kfuncs (config `checks.illustrativeKfuncs`). */
  illustrative: ReadonlySet<string>;
}
