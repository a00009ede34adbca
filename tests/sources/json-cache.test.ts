/** Cache files: atomic writes, misses instead of errors, and writes held back until flushed. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deferCacheWrites, readJsonCache, writeJsonCache } from '../../src/sources/json-cache.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kfuncdoc-json-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('json cache', () => {
  it('reads back what it wrote, and treats a foreign format or a broken file as a miss', () => {
    const file = path.join(dir, 'a/b.json');
    writeJsonCache(file, 'fmt-1', { x: 1 });
    expect(readJsonCache(file, 'fmt-1')).toEqual({ x: 1 });
    expect(readJsonCache(file, 'fmt-2')).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(readJsonCache(file, 'fmt-1')).toBeUndefined();
  });

  it('holds writes back until flushed, the last write of a file winning', () => {
    const file = path.join(dir, 'deferred.json');
    const flush = deferCacheWrites();
    writeJsonCache(file, 'fmt-1', { n: 1 });
    writeJsonCache(file, 'fmt-1', { n: 2 });
    expect(existsSync(file)).toBe(false);
    flush();
    expect(readJsonCache(file, 'fmt-1')).toEqual({ n: 2 });
    // Flushed: writes go straight to disk again.
    writeJsonCache(file, 'fmt-1', { n: 3 });
    expect(readJsonCache(file, 'fmt-1')).toEqual({ n: 3 });
  });
});
