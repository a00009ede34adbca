/**
 * The whole-tree scan of a directory: which C sources and headers contain any needle.
 * Worker threads walk shares of the tree. Cold, they read every file once; warm, they stat every
 * file and read only those whose mtime or size differ from the cache (new, edited), so an edit
 * anywhere that adds or removes a needle is seen; removed files drop out.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readJsonCache, writeJsonCache } from './json-cache.ts';
import type { ScanJob, ScanShare } from './scan-worker.ts';

const FORMAT = 'kfuncdoc-scan-2';
const isSource = (name: string) => name.endsWith('.c') || name.endsWith('.h');

interface ScanCache {
  paths: string[];
  mtimes: number[];
  sizes: number[];
  /** Indices into paths of the files that matched. */
  matched: number[];
}

export interface ScanResult {
  matched: string[];
  /** How many files were read (all of them cold, only the new or changed ones warm). */
  filesRead: number;
  filesSeen: number;
}

/** Splits the tree into units of work: the directories two levels down, and the files above them. */
function shareOut(root: string, workers: number): { dirs: string[]; files: string[] }[] {
  const shares = Array.from({ length: workers }, () => ({ dirs: [] as string[], files: [] as string[] }));
  let next = 0;
  const give = (kind: 'dirs' | 'files', rel: string) => {
    shares[next % workers][kind].push(rel);
    next++;
  };
  for (const top of readdirSync(root, { withFileTypes: true })) {
    if (top.isFile() && isSource(top.name)) give('files', top.name);
    if (!top.isDirectory() || top.name[0] === '.') continue;
    for (const entry of readdirSync(path.join(root, top.name), { withFileTypes: true })) {
      const rel = `${top.name}/${entry.name}`;
      if (entry.isDirectory() && entry.name[0] !== '.') give('dirs', rel);
      else if (entry.isFile() && isSource(entry.name)) give('files', rel);
    }
  }
  return shares;
}

export async function scanSources(
  root: string,
  needles: readonly string[],
  options: { cacheDir?: string; prefilter?: readonly string[] } = {},
): Promise<ScanResult> {
  const prefilter = options.prefilter ?? needles;
  const missing = needles.filter((n) => !prefilter.some((p) => n.includes(p)));
  if (missing.length) throw new Error(`prefilter misses needles: ${missing.join(', ')}`);
  const cacheFile = options.cacheDir
    ? path.join(options.cacheDir, 'scan', createHash('sha1').update(`${path.resolve(root)}\0${needles.join('\0')}`).digest('hex') + '.json')
    : undefined;
  const cached = cacheFile ? readJsonCache<ScanCache>(cacheFile, FORMAT) : undefined;
  const matchedSet = new Set(cached?.matched ?? []);
  const known = {
    paths: cached?.paths ?? [],
    mtimes: Float64Array.from(cached?.mtimes ?? []),
    sizes: Float64Array.from(cached?.sizes ?? []),
    matched: Uint8Array.from(cached?.paths.map((_, i) => (matchedSet.has(i) ? 1 : 0)) ?? []),
  };
  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  const shares = shareOut(root, workers);
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ScanShare>((resolve, reject) => {
          const job: ScanJob = { root, dirs: share.dirs, files: share.files, needles: [...needles], prefilter: [...prefilter], known };
          const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: job });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );

  const all: { path: string; mtime: number; size: number; matched: boolean }[] = [];
  let filesRead = 0;
  for (const r of results) {
    filesRead += r.read;
    r.paths.forEach((p, i) => {
      if (r.mtimes[i] !== -1) all.push({ path: p, mtime: r.mtimes[i], size: r.sizes[i], matched: r.matched[i] === 1 });
    });
  }
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (cacheFile && (filesRead > 0 || all.length !== known.paths.length)) {
    writeJsonCache(cacheFile, FORMAT, {
      paths: all.map((f) => f.path),
      mtimes: all.map((f) => f.mtime),
      sizes: all.map((f) => f.size),
      matched: all.flatMap((f, i) => (f.matched ? [i] : [])),
    } satisfies ScanCache);
  }
  return { matched: all.filter((f) => f.matched).map((f) => f.path), filesRead, filesSeen: all.length };
}
