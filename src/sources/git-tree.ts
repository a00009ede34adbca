import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { gitBlobReader } from './git-blob-reader.ts';
import { readJsonCache, writeJsonCache } from './json-cache.ts';
import { InputError, type KernelTree } from './kernel-tree.ts';
import { safeTreePath } from './safe-path.ts';

const run = promisify(execFile);
const MAX_BUFFER = 1 << 30;

/**
 * A kernel tree read from a git repository's objects at a ref: no checkout, nothing written.
 * A commit never changes, so the scan result is cached by commit id and needles.
 */
export async function gitTree(repo: string, ref: string, options: { cacheDir?: string } = {}): Promise<KernelTree & { commit: string }> {
  const absolute = path.resolve(repo);
  let commit: string;
  try {
    commit = (await run('git', ['-C', absolute, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).stdout.trim();
  } catch {
    throw new InputError(`'${ref}' is not a commit in this git repository`, {
      file: absolute,
      hint: 'give an existing branch, tag or commit after @, e.g. --kernel ~/linux@v7.2',
    });
  }
  let listing: Promise<Map<string, string>> | undefined;
  const objects = () =>
    (listing ??= run('git', ['-C', absolute, 'ls-tree', '-r', '-z', '--full-tree', commit], { maxBuffer: MAX_BUFFER }).then(({ stdout }) => {
      const map = new Map<string, string>();
      for (const record of stdout.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1) continue;
        const [mode, type, oid] = record.slice(0, tab).split(' ');
        // Links are not followed: their target could lie outside the tree.
        if (type === 'blob' && mode !== '120000') map.set(record.slice(tab + 1), oid);
      }
      return map;
    }));
  const readBlob = gitBlobReader(absolute);

  return {
    label: `${absolute}@${ref}`,
    commit,
    async readFile(p) {
      const rel = safeTreePath(p);
      const oid = rel && (await objects()).get(rel);
      if (!oid) return undefined;
      return (await readBlob(oid))?.toString('utf8');
    },
    async listFiles(dir) {
      const rel = dir === '' ? '' : safeTreePath(dir);
      if (rel === undefined) return [];
      const prefix = rel ? rel + '/' : '';
      return [...(await objects()).keys()].filter((p) => p.startsWith(prefix)).sort();
    },
    async findSources(needles) {
      const cacheFile = options.cacheDir
        ? path.join(options.cacheDir, 'git-scan', createHash('sha1').update(`${commit}\0${needles.join('\0')}`).digest('hex') + '.json')
        : undefined;
      const cached = cacheFile ? readJsonCache<string[]>(cacheFile, 'kfuncdoc-git-scan-2') : undefined;
      if (cached) return cached;
      const args = ['-C', absolute, 'grep', '-l', '-F', '--no-color', ...needles.flatMap((n) => ['-e', n]), commit, '--', '*.c'];
      let stdout = '';
      try {
        stdout = (await run('git', args, { maxBuffer: MAX_BUFFER })).stdout;
      } catch (error) {
        // git grep exits 1 when nothing matches.
        if ((error as { code?: number }).code !== 1) throw error;
      }
      const found = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(commit.length + 1))
        .sort();
      if (cacheFile) writeJsonCache(cacheFile, 'kfuncdoc-git-scan-2', found);
      return found;
    },
  };
}
