import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { KernelTree } from './kernel-tree.ts';
import { safeTreePath } from './safe-path.ts';
import { findChanged } from './find-changed.ts';
import { scanSources } from './scan-sources.ts';
import { walkDirectory } from './walk-directory.ts';

export interface DirectoryTreeOptions {
  /** Cache directory for the whole-tree scan; undefined reads everything every time. */
  cacheDir?: string;
}

/**
 * A kernel tree on disk. Only ever read: no file below `root` is created or changed.
 * A file is read only when it lies inside the tree: its directory's real path is checked (and
 * remembered), and the file itself is opened without following a link.
 */
export function directoryTree(root: string, options: DirectoryTreeOptions = {}): KernelTree & { root: string } {
  const absolute = path.resolve(root);
  let realRoot: string | undefined;
  const insideDirs = new Map<string, boolean>();
  const dirInside = (dir: string): boolean => {
    let known = insideDirs.get(dir);
    if (known === undefined) {
      try {
        realRoot ??= realpathSync(absolute);
        const real = realpathSync(dir);
        known = real === realRoot || real.startsWith(realRoot + path.sep);
      } catch {
        known = false;
      }
      insideDirs.set(dir, known);
    }
    return known;
  };
  return {
    label: absolute,
    root: absolute,
    async readFile(p) {
      const rel = safeTreePath(p);
      if (!rel) return undefined;
      const full = path.join(absolute, rel);
      if (!dirInside(path.dirname(full))) return undefined;
      let fd: number;
      try {
        // Synchronous on purpose: many small files read faster than through the thread pool.
        fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
      } catch {
        return undefined;
      }
      try {
        return fstatSync(fd).isFile() ? readFileSync(fd, 'utf8') : undefined;
      } catch {
        return undefined;
      } finally {
        closeSync(fd);
      }
    },
    async listFiles(dir) {
      const rel = dir === '' ? '' : safeTreePath(dir);
      if (rel === undefined) return [];
      return walkDirectory(absolute, rel);
    },
    async changedSince(dirs, names, sinceMs) {
      const safe = dirs.map((d) => safeTreePath(d)).filter((d): d is string => d !== undefined);
      return findChanged(absolute, sinceMs, { names, dirs: safe });
    },
    async findSources(needles, hints) {
      return (await scanSources(absolute, needles, { cacheDir: options.cacheDir, prefilter: hints?.prefilter })).matched;
    },
  };
}
