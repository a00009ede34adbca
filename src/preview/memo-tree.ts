import type { KernelTree } from '../sources/kernel-tree.ts';

/**
 * A tree whose answers are kept for the life of one preview: both states of the graph read the
 * same base files and ask for the same whole-tree scan, which then runs once. Only reads; the
 * label stays the base's, so caches keyed by it are shared with `kfuncdoc graph`.
 */
export function memoTree(base: KernelTree): KernelTree {
  const files = new Map<string, Promise<string | undefined>>();
  const lists = new Map<string, Promise<string[]>>();
  const scans = new Map<string, Promise<string[]>>();
  return {
    label: base.label,
    readFile(path) {
      let text = files.get(path);
      if (!text) files.set(path, (text = base.readFile(path)));
      return text;
    },
    listFiles(dir) {
      let list = lists.get(dir);
      if (!list) lists.set(dir, (list = base.listFiles(dir)));
      return list;
    },
    // Asked once per reading by each state; both get the same answer, so no need to keep it.
    ...(base.changedSince ? { changedSince: base.changedSince.bind(base) } : {}),
    findSources(needles, options) {
      // A prefilter only speeds the scan up; the answer depends on the needles alone.
      const key = [...needles].sort().join('\0');
      let found = scans.get(key);
      if (!found) scans.set(key, (found = base.findSources(needles, options)));
      return found;
    },
  };
}
