/**
 * `preview --emit DIR`: the patched versions of the touched files, written under a new directory.
 * All or nothing: they are written to a temporary sibling of DIR, which is then renamed to DIR.
 * Never inside the kernel tree.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** DIR as it will be once created: the real path of its nearest existing ancestor, plus the rest. */
function futureRealPath(dir: string): string {
  let existing = path.resolve(dir);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...rest);
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);

/** Why DIR cannot receive the files, or undefined when it can. `treeRoot`: the kernel tree on disk. */
export function emitDirProblem(dir: string, treeRoot: string | undefined): string | undefined {
  const target = path.resolve(dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) return `${dir} exists and is not a directory`;
    if (readdirSync(target).length) return `${dir} is not empty; give a new or empty directory`;
  }
  if (treeRoot && existsSync(treeRoot)) {
    const root = realpathSync(treeRoot);
    const real = futureRealPath(target);
    if (inside(real, root)) return `${dir} is inside the kernel tree ${treeRoot}, which preview never writes; give a directory outside it`;
    if (inside(root, real)) return `${dir} contains the kernel tree ${treeRoot}; give a directory outside it`;
  }
  return undefined;
}

/**
 * Writes `files` (tree-relative path → text; null for a file the patch deletes, which is left out)
 * under `dir`, which must pass emitDirProblem. Returns the paths written.
 */
export function emitFiles(dir: string, files: ReadonlyMap<string, string | null>): string[] {
  const target = path.resolve(dir);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.kfuncdoc-${process.pid}.tmp`);
  const written: string[] = [];
  mkdirSync(path.dirname(target), { recursive: true });
  mkdirSync(tmp);
  try {
    for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      if (text === null) continue;
      const out = path.resolve(tmp, file);
      // The patches stage refuses paths that climb out; this keeps a bug there from writing elsewhere.
      if (!inside(out, tmp) || out === tmp) throw new Error(`refusing to write ${file} outside ${dir}`);
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, text);
      written.push(file);
    }
    // rename(2) replaces an empty directory, so an existing empty DIR is fine.
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return written;
}
