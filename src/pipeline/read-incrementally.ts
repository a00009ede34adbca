/**
 * Reads and parses every file of a kind below some directories, remembering the results and
 * when the reading began. Next time the tree says what changed since (a directory tree asks
 * `find` for new ctimes): unchanged files keep their results unread, and when no directory's
 * entries changed the listing itself is reused. Trees that cannot tell are read in full.
 */
import { readJsonCache, writeJsonCache } from '../sources/json-cache.ts';
import { MARGIN_MS, type KernelTree } from '../sources/kernel-tree.ts';
import type { ParseCache } from './parse-cache.ts';

export interface IncrementalRead<T> {
  /** Names this reading's cache file beside the parse cache. */
  id: string;
  dirs: readonly string[];
  /** find-style name patterns of the files to read (`*.rst`). */
  names: readonly string[];
  /** Which listed files to keep (a finer filter than `names`). */
  accept(path: string): boolean;
  /** Turns a file into plain JSON data; without `text` when `read` is false (listing only). */
  parse(path: string, text: string): T;
  /** False: only list the files, never read them. Default true. */
  read?: boolean;
  /** Use the cache on disk but never write it (a base tree read on behalf of a patched one). */
  readOnly?: boolean;
}

interface Stored<T> {
  stamp: number;
  entries: Record<string, T>;
}

/**
 * Results per tree object and reading, so a patched tree starts from its base's. Keyed by the
 * object, not the path: a long-lived process (astro dev) opens the tree anew for each rebuild.
 */
const results = new WeakMap<KernelTree, Map<string, Promise<Map<string, unknown>>>>();

/**
 * The promise is kept, not only the result: the two states of a preview are built side by side,
 * and the patched one must wait for its base's reading rather than start another.
 */
export function readIncrementally<T>(tree: KernelTree, cache: ParseCache, spec: IncrementalRead<T>): Promise<Map<string, T>> {
  let byId = results.get(tree);
  if (!byId) results.set(tree, (byId = new Map()));
  let pending = byId.get(spec.id) as Promise<Map<string, T>> | undefined;
  if (!pending) {
    pending = tree.overlay ? throughOverlay(tree.overlay, cache, spec) : fromDisk(tree, cache, spec);
    byId.set(spec.id, pending);
  }
  return pending;
}

/**
 * A patched tree: the base's results with the patch's files read again (added, changed) or
 * dropped (deleted). Nothing is written: the cache on disk stays the base tree's.
 */
async function throughOverlay<T>(overlay: NonNullable<KernelTree['overlay']>, cache: ParseCache, spec: IncrementalRead<T>): Promise<Map<string, T>> {
  const out = new Map(await readIncrementally(overlay.base, cache, { ...spec, readOnly: true }));
  const inDirs = (p: string) => spec.dirs.some((d) => p.startsWith(d.replace(/\/$/, '') + '/'));
  for (const [p, text] of overlay.changes) {
    if (!inDirs(p) || !spec.accept(p)) continue;
    if (text === null) out.delete(p);
    else out.set(p, spec.parse(p, spec.read === false ? '' : text));
  }
  return out;
}

async function fromDisk<T>(tree: KernelTree, cache: ParseCache, spec: IncrementalRead<T>): Promise<Map<string, T>> {
  const started = Date.now();
  const where = cache.sibling(`incremental-${spec.id}`);
  const stored = where ? readJsonCache<Stored<T>>(where.file, where.format) : undefined;
  let changed: Set<string> | undefined;
  let listing: string[] | undefined;
  if (stored && tree.changedSince) {
    const found = await tree.changedSince(spec.dirs, spec.names, stored.stamp - MARGIN_MS);
    if (found) {
      changed = new Set(found.files);
      if (!found.dirs.length) listing = Object.keys(stored.entries);
    }
  }
  listing ??= (await Promise.all(spec.dirs.map((d) => tree.listFiles(d)))).flat().filter((p) => spec.accept(p));
  const entries: Record<string, T> = {};
  let dirty = !stored || listing.length !== Object.keys(stored.entries).length;
  for (const p of listing) {
    if (stored && changed && Object.hasOwn(stored.entries, p) && !changed.has(p)) {
      entries[p] = stored.entries[p];
      continue;
    }
    dirty = true;
    if (spec.read === false) {
      entries[p] = spec.parse(p, '');
      continue;
    }
    const text = await tree.readFile(p);
    if (text !== undefined) entries[p] = spec.parse(p, text);
  }
  if (where && dirty && !spec.readOnly) writeJsonCache(where.file, where.format, { stamp: started, entries } satisfies Stored<T>);
  return new Map(Object.entries(entries));
}
