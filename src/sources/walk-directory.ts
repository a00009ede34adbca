import { readdirSync } from 'node:fs';

/**
 * Lists the regular files below `root/dir` as tree-relative POSIX paths, sorted.
 * Hidden directories (`.git`) and symbolic links are skipped: a link could lead out of the tree.
 */
export function walkDirectory(root: string, dir = '', accept: (name: string) => boolean = () => true): string[] {
  const files: string[] = [];
  const pending = [dir.replace(/\/+$/, '')];
  while (pending.length) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current ? `${root}/${current}` : root, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const rel = current ? `${current}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name[0] !== '.') pending.push(rel);
      } else if (entry.isFile() && accept(entry.name)) {
        files.push(rel);
      }
    }
  }
  return files.sort();
}
