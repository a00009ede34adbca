/** Shared by the preview tests: patches between the embedded sample trees, and tree fingerprints. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const SAMPLE = path.resolve(import.meta.dirname, '../../sample');

/**
 * The diff between two sample trees (`linux-6.18` → `linux-6.19`), as `diff -ruN` writes it run
 * from sample/. GNU diff marks a created file with an epoch-dated old name, which the patches
 * stage does not read as a creation (yet): it is written as /dev/null, as git does.
 */
export function samplePatch(from: string, to: string): string {
  const run = spawnSync('diff', ['-ruN', from, to], { cwd: SAMPLE, encoding: 'utf8' });
  if (run.status !== 1) throw new Error(`diff ${from} ${to} failed: ${run.stderr || `exit ${run.status}`}`);
  return run.stdout.replace(/^--- [^\t\n]+\t1970-01-01[^\n]*$/gm, '--- /dev/null');
}

/**
 * A fingerprint of a directory: every file's path, size and modification time, and the content
 * of those `withContent` selects. Equal before and after means nothing was written there.
 */
export function treeFingerprint(root: string, withContent: (file: string) => boolean = () => true): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        hash.update(`d ${rel}\n`);
        walk(rel);
      } else {
        const stat = statSync(path.join(root, rel));
        hash.update(`f ${rel} ${stat.size} ${stat.mtimeMs}\n`);
        if (entry.isFile() && withContent(rel)) hash.update(readFileSync(path.join(root, rel)));
      }
    }
  };
  walk('');
  return hash.digest('hex');
}
