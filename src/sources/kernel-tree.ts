/**
 * The one view of a kernel tree that the core sees. Implementations live beside this file:
 * a directory, a git repository at a ref, an in-memory tree (tests), an overlay (patch preview).
 * Paths are POSIX, relative to the tree root, without a leading `./`. Trees are read-only.
 */
export interface KernelTree {
  /** How to name the tree in messages: a path, `path@ref`, or `memory`. */
  readonly label: string;
  /** File text (UTF-8), or undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
  /** Every file below `dir` (recursively), sorted; `''` for the whole tree. */
  listFiles(dir: string): Promise<string[]>;
  /**
   * The C sources (`*.c`) whose text contains any of `needles`, sorted. Headers are not scanned:
   * they are half a tree's bytes (drivers' register maps), and kfuncs are defined and registered
   * in C sources; the headers a set body needs (X-macros) are read through that source's
   * `#include`s (pipeline/read-c-files.ts). In 6.1–7.3 only btf.h and btf_ids.h among the
   * headers contain a needle, as macro definitions.
   * This is the one whole-tree scan; implementations make it fast (workers, caches, git's index).
   * `prefilter`, when given, are short strings such that every needle contains one of them:
   * a file without any of them is skipped unread further (a short rare string is searched
   * ~30× faster than a long one by Buffer#indexOf).
   */
  findSources(needles: readonly string[], options?: { prefilter?: readonly string[] }): Promise<string[]>;
  /**
   * Files below `dirs` named like `names` (`*.rst`) created or written since `sinceMs`, and the
   * directories whose entries changed; undefined when this tree cannot tell (then read all).
   */
  changedSince?(dirs: readonly string[], names: readonly string[], sinceMs: number): Promise<{ files: string[]; dirs: string[] } | undefined>;
  /** For a tree seen through a patch: the tree below and what the patch changes (null: deleted). */
  readonly overlay?: { base: KernelTree; changes: ReadonlyMap<string, string | null> };
}

/** File timestamps may be coarse (some file systems keep whole seconds): look a little further back. */
export const MARGIN_MS = 2000;

/** Raised for unusable input; the CLI prints it as one line with the hint, never a stack. */
export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly hint?: string;
  constructor(message: string, where: { file?: string; line?: number; hint?: string } = {}) {
    super(message);
    this.name = 'InputError';
    this.file = where.file;
    this.line = where.line;
    this.hint = where.hint;
  }
}
