import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { KernelTree } from './kernel-tree.ts';
import { safeTreePath } from './safe-path.ts';
import { scanSources } from './scan-sources.ts';
import { walkDirectory } from './walk-directory.ts';

export interface DirectoryTreeOptions {
  /** Cache directory for the whole-tree scan; undefined reads everything every time. */
  cacheDir?: string;
}

/** A kernel tree on disk. Only ever read: no file below `root` is created or changed. */
export function directoryTree(root: string, options: DirectoryTreeOptions = {}): KernelTree & { root: string } {
  const absolute = path.resolve(root);
  let realRoot: Promise<string> | undefined;
  return {
    label: absolute,
    root: absolute,
    async readFile(p) {
      const rel = safeTreePath(p);
      if (!rel) return undefined;
      const full = path.join(absolute, rel);
      try {
        // A symbolic link inside the tree may point out of it: follow it only when it stays inside.
        const [real, base] = await Promise.all([realpath(full), (realRoot ??= realpath(absolute))]);
        if (real !== base && !real.startsWith(base + path.sep)) return undefined;
        return await readFile(real, 'utf8');
      } catch {
        return undefined;
      }
    },
    async listFiles(dir) {
      const rel = dir === '' ? '' : safeTreePath(dir);
      if (rel === undefined) return [];
      return walkDirectory(absolute, rel);
    },
    async findSources(needles, hints) {
      return (await scanSources(absolute, needles, { cacheDir: options.cacheDir, prefilter: hints?.prefilter })).matched;
    },
  };
}
