/**
 * Worker for the cold directory scan: walks its share of the tree and reads every C source
 * once, reporting which contain a needle.
 */
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

export interface ScanJob {
  root: string;
  /** Tree-relative directories to walk recursively, and single files. */
  dirs: string[];
  files: string[];
  needles: string[];
  /** Cheap first test: every needle contains one of these. */
  prefilter: string[];
}

export interface ScanShare {
  paths: string[];
  matched: Uint8Array;
}

const isSource = (name: string) => name.endsWith('.c');

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
  const needles = job.needles.map((n) => Buffer.from(n));
  const prefilter = job.prefilter.map((n) => Buffer.from(n));
  const matched = new Uint8Array(paths.length);
  let buffer = Buffer.allocUnsafe(1 << 22);
  for (let i = 0; i < paths.length; i++) {
    let fd: number;
    try {
      fd = openSync(`${job.root}/${paths[i]}`, 'r');
    } catch {
      continue;
    }
    try {
      // No fstat: a file larger than the buffer fills it, and the buffer grows.
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
    } finally {
      closeSync(fd);
    }
  }
  return { paths, matched };
}

if (parentPort) {
  const share = run(workerData as ScanJob);
  parentPort.postMessage(share, [share.matched.buffer as ArrayBuffer]);
}
