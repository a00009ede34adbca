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

/** Writes atomically (temp file + rename), so a crash never leaves half a cache behind. */
export function writeJsonCache(file: string, format: string, data: unknown): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format, data }));
    renameSync(tmp, file);
  } catch {
    // A cache we cannot write only costs speed next time.
  }
}
