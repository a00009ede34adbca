/**
 * Memoises per-file parse results by content hash, on disk between runs. A result is plain
 * JSON data; the parser's version is part of the key, so a changed parser never reads stale data.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readJsonCache, writeJsonCache } from '../sources/json-cache.ts';

export interface ParseCache {
  get<T>(kind: string, text: string, parse: () => T): T;
  /** Writes what changed since load; call once at the end of a run. */
  save(): void;
}

const FORMAT = 'kfuncdoc-parse-1';

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A cache file per name (e.g. per kernel version), so runs over different trees do not evict each other. */
export function openParseCache(dir: string | undefined, name: string, parserVersion: string): ParseCache {
  const file = dir ? path.join(dir, 'parse', `${name.replace(/[^\w.-]/g, '_')}.json`) : undefined;
  const previous = (file && readJsonCache<Record<string, unknown>>(file, `${FORMAT}:${parserVersion}`)) || {};
  const used: Record<string, unknown> = {};
  let changed = false;
  return {
    get<T>(kind: string, text: string, parse: () => T): T {
      const key = `${kind}:${contentHash(text)}`;
      if (key in used) return used[key] as T;
      if (key in previous) {
        used[key] = previous[key];
        return previous[key] as T;
      }
      const value = parse();
      used[key] = value;
      changed = true;
      return value;
    },
    save() {
      // Keep only what this run used, so the file does not grow with every edit.
      if (file && (changed || Object.keys(used).length !== Object.keys(previous).length)) writeJsonCache(file, `${FORMAT}:${parserVersion}`, used);
    },
  };
}
