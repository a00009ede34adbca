import { mkdirSync, mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openParseCache } from '../../src/pipeline/parse-cache.ts';
import { readIncrementally, type IncrementalRead } from '../../src/pipeline/read-incrementally.ts';
import { directoryTree } from '../../src/sources/directory-tree.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { overlayTree } from '../../src/sources/overlay-tree.ts';

const spec = (parsed: string[]): IncrementalRead<string> => ({
  id: 'words',
  dirs: ['Documentation'],
  names: ['*.rst'],
  accept: (p) => p.endsWith('.rst'),
  parse: (p, text) => {
    parsed.push(p);
    return text.trim();
  },
});

describe('incremental reading', () => {
  it('reads again only what changed on disk since the last reading', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-incr-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-incr-cache-'));
    mkdirSync(path.join(root, 'Documentation/bpf'), { recursive: true });
    writeFileSync(path.join(root, 'Documentation/a.rst'), 'a');
    writeFileSync(path.join(root, 'Documentation/bpf/b.rst'), 'b');
    const run = async () => {
      const parsed: string[] = [];
      const cache = openParseCache(cacheDir, 'v', '1');
      const out = await readIncrementally(directoryTree(root), cache, spec(parsed));
      return { out: Object.fromEntries(out), parsed };
    };
    expect(await run()).toEqual({ out: { 'Documentation/a.rst': 'a', 'Documentation/bpf/b.rst': 'b' }, parsed: ['Documentation/a.rst', 'Documentation/bpf/b.rst'] });
    // Within the margin every file counts as changed; the stamp check itself is find's.
    const second = await run();
    expect(second.out).toEqual({ 'Documentation/a.rst': 'a', 'Documentation/bpf/b.rst': 'b' });
    writeFileSync(path.join(root, 'Documentation/bpf/c.rst'), 'c');
    rmSync(path.join(root, 'Documentation/a.rst'));
    expect((await run()).out).toEqual({ 'Documentation/bpf/b.rst': 'b', 'Documentation/bpf/c.rst': 'c' });
  });

  it("gives a patched tree its base's results with the patch's files read again, and writes nothing", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-incr-overlay-'));
    const base = memoryTree({ 'Documentation/a.rst': 'a', 'Documentation/b.rst': 'b', 'kernel/x.c': 'x' });
    const patched = overlayTree(base, new Map([['Documentation/a.rst', 'A'], ['Documentation/b.rst', null], ['Documentation/new.rst', 'n']]));
    const parsed: string[] = [];
    const cache = openParseCache(cacheDir, 'patched', '1');
    const out = await readIncrementally(patched, cache, spec(parsed));
    expect(Object.fromEntries(out)).toEqual({ 'Documentation/a.rst': 'A', 'Documentation/new.rst': 'n' });
    expect(existsSync(cache.sibling('incremental-words')!.file)).toBe(false);
  });
});
