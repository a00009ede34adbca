import type { KernelTree } from './kernel-tree.ts';

const isSource = (p: string) => p.endsWith('.c');

/**
 * A tree seen through a set of changes, for patch preview: `changes` maps a path to its new text,
 * or to null when the patch deletes it. The base is only read, never written.
 */
export function overlayTree(base: KernelTree, changes: ReadonlyMap<string, string | null>, label = `${base.label}+patch`): KernelTree {
  return {
    label,
    overlay: { base, changes },
    async readFile(path) {
      if (changes.has(path)) return changes.get(path) ?? undefined;
      return base.readFile(path);
    },
    async listFiles(dir) {
      const prefix = dir === '' ? '' : dir.replace(/\/$/, '') + '/';
      const files = new Set((await base.listFiles(dir)).filter((p) => changes.get(p) !== null));
      for (const [p, text] of changes) if (text !== null && p.startsWith(prefix)) files.add(p);
      return [...files].sort();
    },
    async findSources(needles, options) {
      // The base's scan (often cached) answers for every file the patch leaves alone; changed files are
      // searched here, in their patched text.
      const found = new Set((await base.findSources(needles, options)).filter((p) => !changes.has(p)));
      for (const [p, text] of changes) {
        if (text !== null && isSource(p) && needles.some((n) => text.includes(n))) found.add(p);
      }
      return [...found].sort();
    },
  };
}
