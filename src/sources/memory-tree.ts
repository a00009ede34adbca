import type { KernelTree } from './kernel-tree.ts';

/** A kernel tree held in memory: tests build one from a record of path → text. */
export function memoryTree(files: Record<string, string>, label = 'memory'): KernelTree {
  const paths = Object.keys(files).sort();
  return {
    label,
    async readFile(path) {
      return Object.hasOwn(files, path) ? files[path] : undefined;
    },
    async listFiles(dir) {
      const prefix = dir === '' ? '' : dir.replace(/\/$/, '') + '/';
      return paths.filter((p) => p.startsWith(prefix));
    },
    async findSources(needles) {
      return paths.filter((p) => p.endsWith('.c') && needles.some((n) => files[p].includes(n)));
    },
  };
}
