/**
 * The whole-tree scan of a directory: which C sources (`*.c`) contain any needle.
 * Cold, worker threads walk shares of the tree and read every file once. Warm, `find` lists the
 * files created or written since the last scan began (by ctime: see find-changed.ts); only those
 * are read, and matched files that are gone drop out. So a new file with BTF_ID_FLAGS, an edit
 * anywhere, and a removal are all seen.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { findChanged } from './find-changed.ts';
import { readJsonCache, writeJsonCache } from './json-cache.ts';
import type { ScanJob, ScanShare } from './scan-worker.ts';

const FORMAT = 'kfuncdoc-scan-4';
import { MARGIN_MS } from './kernel-tree.ts';
const isSource = (name: string) => name.endsWith('.c');

interface ScanCache {
  /** When the scan that produced `matched` began (ms since the epoch). */
  stamp: number;
  matched: string[];
  /** Files per top-level entry, to split the next warm scan evenly. */
  weights: Record<string, number>;
}

export interface ScanResult {
  matched: string[];
  /** How many files were read (all of them cold, only the new or changed ones warm). */
  filesRead: number;
}

export interface ScanOptions {
  cacheDir?: string;
  prefilter?: readonly string[];
}

/** Scans started ahead (prefetchScan), each waiting for the one scanSources call that takes it over. */
const prefetched = new Map<string, Promise<ScanResult>>();
const scanKey = (root: string, needles: readonly string[], options: ScanOptions) => JSON.stringify([path.resolve(root), needles, options.cacheDir ?? null, options.prefilter ?? null]);

/**
 * Starts the scan now; the next scanSources call with the same arguments takes it over instead of
 * starting another. A command starts it before loading the rest of the pipeline, so that `find`
 * (warm) or the reading workers (cold) run while modules load. Taken over once: a later call scans
 * anew, so a long-lived process never gets an old answer.
 */
export function prefetchScan(root: string, needles: readonly string[], options: ScanOptions = {}): void {
  const key = scanKey(root, needles, options);
  if (prefetched.has(key)) return;
  const pending = scan(root, needles, options);
  // Whoever takes the scan over sees its error; unclaimed, it must not crash the process.
  pending.catch(() => {});
  prefetched.set(key, pending);
}

export function scanSources(root: string, needles: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const key = scanKey(root, needles, options);
  const early = prefetched.get(key);
  if (!early) return scan(root, needles, options);
  prefetched.delete(key);
  return early;
}

async function scan(root: string, needles: readonly string[], options: ScanOptions): Promise<ScanResult> {
  const prefilter = options.prefilter ?? needles;
  const missing = needles.filter((n) => !prefilter.some((p) => n.includes(p)));
  if (missing.length) throw new Error(`prefilter misses needles: ${missing.join(', ')}`);
  const cacheFile = options.cacheDir
    ? path.join(options.cacheDir, 'scan', createHash('sha1').update(`${path.resolve(root)}\0${needles.join('\0')}`).digest('hex') + '.json')
    : undefined;
  const cached = cacheFile ? readJsonCache<ScanCache>(cacheFile, FORMAT) : undefined;
  const started = Date.now();

  if (cached) {
    const found = await findChanged(root, cached.stamp - MARGIN_MS, { names: ['*.c'], weights: cached.weights });
    if (found) {
      const changed = found.files;
      const matched = new Set(cached.matched.filter((f) => existsSync(path.join(root, f))));
      const test = matcher(needles, prefilter);
      for (const file of changed) {
        let text: Buffer;
        try {
          text = readFileSync(path.join(root, file));
        } catch {
          matched.delete(file);
          continue;
        }
        if (test(text)) matched.add(file);
        else matched.delete(file);
      }
      const result = [...matched].sort();
      if (changed.length || result.length !== cached.matched.length) writeJsonCache(cacheFile!, FORMAT, { ...cached, stamp: started, matched: result } satisfies ScanCache);
      return { matched: result, filesRead: changed.length };
    }
  }

  const { matched, weights, read } = await scanAll(root, needles, prefilter);
  if (cacheFile) writeJsonCache(cacheFile, FORMAT, { stamp: started, matched, weights } satisfies ScanCache);
  return { matched, filesRead: read };
}

function matcher(needles: readonly string[], prefilter: readonly string[]): (text: Buffer) => boolean {
  const n = needles.map((x) => Buffer.from(x));
  const p = prefilter.map((x) => Buffer.from(x));
  return (text) => p.some((x) => text.indexOf(x) !== -1) && n.some((x) => text.indexOf(x) !== -1);
}

/** Splits the tree into units of work: the directories two levels down, and the files above them. */
function shareOut(root: string, workers: number): { dirs: string[]; files: string[] }[] {
  const shares = Array.from({ length: workers }, () => ({ dirs: [] as string[], files: [] as string[] }));
  let next = 0;
  const give = (kind: 'dirs' | 'files', rel: string) => shares[next++ % workers][kind].push(rel);
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

async function scanAll(root: string, needles: readonly string[], prefilter: readonly string[]): Promise<{ matched: string[]; weights: Record<string, number>; read: number }> {
  const count = Math.max(1, Math.min(availableParallelism(), 4));
  const results = await Promise.all(
    shareOut(root, count).map(
      (share) =>
        new Promise<ScanShare>((resolve, reject) => {
          const job: ScanJob = { root, dirs: share.dirs, files: share.files, needles: [...needles], prefilter: [...prefilter] };
          const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: job });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const matched: string[] = [];
  const weights: Record<string, number> = {};
  let read = 0;
  for (const r of results) {
    r.paths.forEach((p, i) => {
      const top = p.split('/')[0];
      weights[top] = (weights[top] ?? 0) + 1;
      read++;
      if (r.matched[i]) matched.push(p);
    });
  }
  return { matched: matched.sort(), weights, read };
}
