import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Reads a JSON cache file; a missing, unreadable or foreign-format file is a miss, never an error. */
export function readJsonCache<T>(file: string, format: string): T | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; data?: T };
    return parsed.format === format ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes held back by deferCacheWrites, by file: the last write of a file wins. */
let deferred: Map<string, { format: string; data: unknown }> | undefined;

/**
 * Holds every cache write back until the returned function is called: `kfuncdoc build`'s graph
 * process hands its graph over first and writes its caches (~0.2 s for four cold trees) while
 * Astro starts. The data is serialised when written, so it must not change meanwhile.
 */
export function deferCacheWrites(): () => void {
  deferred ??= new Map();
  return () => {
    const writes = deferred;
    deferred = undefined;
    for (const [file, { format, data }] of writes ?? []) writeJsonCache(file, format, data);
  };
}

/** Writes atomically (temp file + rename), so a crash never leaves half a cache behind. */
export function writeJsonCache(file: string, format: string, data: unknown): void {
  if (deferred) {
    deferred.set(file, { format, data });
    return;
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format, data }));
    renameSync(tmp, file);
  } catch {
    // A cache we cannot write only costs speed next time.
  }
}
