/**
 * Memoises per-file parse results by content hash, on disk between runs. A result is plain
 * JSON data; the parser's version is part of the key, so a changed parser never reads stale data.
 * Results are kept in one file per kind (`c`, `rst`, `calls` …) and a kind is loaded only when
 * asked for, so a command that needs no call sites never reads them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { RstParseCache } from '../rst/parse-chunk.ts';
import type { RstBlock } from '../rst/rst-tree.ts';
import { readJsonCache, writeJsonCache } from '../sources/json-cache.ts';

export interface ParseCache {
  /** `kind` is `bucket:detail` (`c:kernel/bpf/helpers.c`); the bucket names the file it is kept in. */
  get<T>(kind: string, text: string, parse: () => T): T;
  /** The result kept for `text`, or undefined: for callers that compute results elsewhere (put). */
  peek<T>(kind: string, text: string): T | undefined;
  /** Keeps a result computed elsewhere, as get() would have. */
  put<T>(kind: string, text: string, value: T): void;
  /** Writes what changed since load; call once at the end of a run. */
  save(): void;
  /** Where a cache of another shape may keep its data beside this one, and the format tag to use. */
  sibling(id: string): { file: string; format: string } | undefined;
}

const FORMAT = 'kfuncdoc-parse-2';

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Results shared by every cache of this process: kernel versions have many files in common
 * (42 of 53 Documentation/bpf guides are the same in 6.12 and 7.2), so a run over several trees
 * parses each distinct text once.
 */
const processWide = new Map<string, unknown>();

interface Bucket {
  previous: Record<string, unknown>;
  used: Record<string, unknown>;
  changed: boolean;
}

/**
 * Bucket files as this process last read or wrote them: the two states of a preview (the tree
 * and the tree with the patch) read one set of files once. Only ever read from; a file another
 * process rewrote meanwhile costs parsing again, never a wrong result (keys are content hashes).
 */
const loadedFiles = new Map<string, Record<string, unknown>>();

function loadBucketFile(file: string, format: string): Record<string, unknown> {
  const key = `${format}\0${file}`;
  let data = loadedFiles.get(key);
  if (!data) loadedFiles.set(key, (data = readJsonCache<Record<string, unknown>>(file, format) ?? {}));
  return data;
}

export interface ParseCacheOptions {
  /** Read the files, never write them: a tree seen through a patch uses its base's cache. */
  readOnly?: boolean;
}

/** A cache directory per name (e.g. per kernel version), so runs over different trees do not evict each other. */
export function openParseCache(dir: string | undefined, name: string, parserVersion: string, options: ParseCacheOptions = {}): ParseCache {
  const base = dir ? path.join(dir, 'parse', name.replace(/[^\w.-]/g, '_')) : undefined;
  const format = `${FORMAT}:${parserVersion}`;
  const buckets = new Map<string, Bucket>();
  const bucketOf = (kind: string): Bucket => {
    const id = kind.slice(0, kind.indexOf(':') >>> 0).replace(/[^\w+-]/g, '_') || 'misc';
    let bucket = buckets.get(id);
    if (!bucket) {
      const previous = base ? loadBucketFile(path.join(base, `${id}.json`), format) : {};
      bucket = { previous, used: {}, changed: false };
      buckets.set(id, bucket);
    }
    return bucket;
  };
  const peek = <T>(kind: string, text: string): T | undefined => {
    const bucket = bucketOf(kind);
    const key = `${kind}\0${contentHash(text)}`;
    if (key in bucket.used) return bucket.used[key] as T;
    if (key in bucket.previous) return (bucket.used[key] = bucket.previous[key]) as T;
    const sharedKey = `${parserVersion}\0${key}`;
    if (processWide.has(sharedKey)) {
      bucket.changed = true;
      return (bucket.used[key] = processWide.get(sharedKey)) as T;
    }
    return undefined;
  };
  const put = <T>(kind: string, text: string, value: T): void => {
    const bucket = bucketOf(kind);
    const key = `${kind}\0${contentHash(text)}`;
    processWide.set(`${parserVersion}\0${key}`, value);
    bucket.used[key] = value;
    bucket.changed = true;
  };
  return {
    get<T>(kind: string, text: string, parse: () => T): T {
      const known = peek<T>(kind, text);
      if (known !== undefined) return known;
      const value = parse();
      put(kind, text, value);
      return value;
    },
    peek,
    put,
    sibling(id) {
      return base ? { file: path.join(base, `${id}.json`), format } : undefined;
    },
    save() {
      if (!base || options.readOnly) return;
      for (const [id, bucket] of buckets) {
        // Keep only what this run used, so a file does not grow with every edit.
        if (bucket.changed || Object.keys(bucket.used).length !== Object.keys(bucket.previous).length) {
          const file = path.join(base, `${id}.json`);
          writeJsonCache(file, format, bucket.used);
          loadedFiles.set(`${format}\0${file}`, bucket.used);
        }
      }
    },
  };
}

/**
 * A parse cache as the rst parser asks for one (restructured results by text: section bodies,
 * table cells), its results kept under `kind`: shared by the process's caches like every result,
 * and kept on disk beside the tree's others.
 */
export function rstParseCache(cache: ParseCache, kind: string): RstParseCache {
  return {
    get: (text) => cache.peek<RstBlock[]>(kind, text),
    set: (text, blocks) => cache.put(kind, text, blocks),
  };
}
