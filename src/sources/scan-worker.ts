/**
 * Worker for the directory scan. Walks its share of the tree, stats every C source and header,
 * and reads only those that the cache does not know at this mtime and size; reports which files
 * contain any needle.
 */
import { closeSync, fstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

export interface ScanJob {
  root: string;
  /** Tree-relative directories to walk recursively, and single files. */
  dirs: string[];
  files: string[];
  needles: string[];
  /** Cheap first test: every needle contains one of these. */
  prefilter: string[];
  /** What the cache knows: path → index into the arrays below. */
  known: { paths: string[]; mtimes: Float64Array; sizes: Float64Array; matched: Uint8Array };
}

export interface ScanShare {
  paths: string[];
  mtimes: Float64Array;
  sizes: Float64Array;
  matched: Uint8Array;
  read: number;
}

const isSource = (name: string) => name.endsWith('.c') || name.endsWith('.h');

function walk(root: string, dirs: string[], into: string[]): void {
  const pending = [...dirs];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(`${root}/${dir}`, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name[0] !== '.') pending.push(rel);
      } else if (entry.isFile() && isSource(entry.name)) {
        into.push(rel);
      }
    }
  }
}

function run(job: ScanJob): ScanShare {
  const paths = [...job.files];
  walk(job.root, job.dirs, paths);
  const known = new Map<string, number>();
  job.known.paths.forEach((p, i) => known.set(p, i));
  const needles = job.needles.map((n) => Buffer.from(n));
  const prefilter = job.prefilter.map((n) => Buffer.from(n));
  const mtimes = new Float64Array(paths.length);
  const sizes = new Float64Array(paths.length);
  const matched = new Uint8Array(paths.length);
  let buffer = Buffer.allocUnsafe(1 << 22);
  let read = 0;
  for (let i = 0; i < paths.length; i++) {
    const full = `${job.root}/${paths[i]}`;
    const k = known.get(paths[i]);
    if (k !== undefined) {
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) {
        mtimes[i] = -1;
        continue;
      }
      if (stat.mtimeMs === job.known.mtimes[k] && stat.size === job.known.sizes[k]) {
        mtimes[i] = stat.mtimeMs;
        sizes[i] = stat.size;
        matched[i] = job.known.matched[k];
        continue;
      }
    }
    let fd: number;
    try {
      fd = openSync(full, 'r');
    } catch {
      mtimes[i] = -1;
      continue;
    }
    try {
      const stat = fstatSync(fd);
      mtimes[i] = stat.mtimeMs;
      sizes[i] = stat.size;
      if (stat.size >= buffer.length) buffer = Buffer.allocUnsafe(stat.size * 2 + 1);
      let length = 0;
      let n: number;
      while ((n = readSync(fd, buffer, length, buffer.length - length, null)) > 0) {
        length += n;
        if (length === buffer.length) {
          const bigger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(bigger);
          buffer = bigger;
        }
      }
      const view = buffer.subarray(0, length);
      matched[i] = prefilter.some((p) => view.indexOf(p) !== -1) && needles.some((needle) => view.indexOf(needle) !== -1) ? 1 : 0;
      read++;
    } finally {
      closeSync(fd);
    }
  }
  return { paths, mtimes, sizes, matched, read };
}

if (parentPort) {
  const share = run(workerData as ScanJob);
  parentPort.postMessage(share, [share.mtimes.buffer, share.sizes.buffer, share.matched.buffer] as ArrayBuffer[]);
}
