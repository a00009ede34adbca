import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openParseCache } from '../../src/pipeline/parse-cache.ts';

describe('parse cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-parse-cache-'));
  it('parses a text once, across runs, and again when the text or the parser changes', () => {
    let parses = 0;
    const parse = () => ++parses;
    const first = openParseCache(dir, '7.2', 'v1');
    expect(first.get('c:a.c', 'text', parse)).toBe(1);
    expect(first.get('c:a.c', 'text', parse)).toBe(1);
    first.save();
    const second = openParseCache(dir, '7.2', 'v1');
    expect(second.get('c:a.c', 'text', parse)).toBe(1);
    expect(second.get('c:a.c', 'edited', parse)).toBe(2);
    second.save();
    expect(openParseCache(dir, '7.2', 'v2').get('c:a.c', 'text', parse)).toBe(3);
  });

  it('keeps results computed elsewhere (put) as it keeps parsed ones, and peeks without parsing', () => {
    const first = openParseCache(dir, 'put', 'v1');
    expect(first.peek('fragments', 'a cell')).toBeUndefined();
    first.put('fragments', 'a cell', [{ type: 'paragraph' }]);
    expect(first.peek('fragments', 'a cell')).toEqual([{ type: 'paragraph' }]);
    expect(first.get('fragments', 'a cell', () => 'parsed again')).toEqual([{ type: 'paragraph' }]);
    first.save();
    const second = openParseCache(dir, 'put', 'v1');
    expect(second.peek('fragments', 'a cell')).toEqual([{ type: 'paragraph' }]);
    expect(openParseCache(dir, 'put', 'v2').peek('fragments', 'a cell')).toBeUndefined();
  });

  it('keeps each kind in its own file and loads only what is asked for', () => {
    const cache = openParseCache(dir, 'kinds', 'v1');
    cache.get('rst:x.rst', 'a', () => 1);
    cache.get('calls:y.c', 'b', () => 2);
    cache.save();
    expect(readdirSync(path.join(dir, 'parse', 'kinds')).sort()).toEqual(['calls.json', 'rst.json']);
  });

  it('drops entries a run did not use from the file', () => {
    const one = openParseCache(dir, 'prune', 'v1');
    one.get('c:a.c', 'old', () => 'old');
    one.save();
    const two = openParseCache(dir, 'prune', 'v1');
    two.get('c:a.c', 'new', () => 'new');
    two.save();
    const stored = JSON.parse(readFileSync(path.join(dir, 'parse', 'prune', 'c.json'), 'utf8')).data as Record<string, string>;
    expect(Object.values(stored)).toEqual(['new']);
  });

  it('shares results between the caches of one process (versions share most files)', () => {
    let parses = 0;
    openParseCache(undefined, '6.12', 'v1').get('rst:kfuncs.rst', 'same text', () => ++parses);
    openParseCache(undefined, '7.2', 'v1').get('rst:kfuncs.rst', 'same text', () => ++parses);
    expect(parses).toBe(1);
  });

  it('reads, never writes, when read-only (a tree seen through a patch uses its base\'s cache)', () => {
    const base = openParseCache(dir, 'overlay', 'v1');
    base.get('rst:kfuncs.rst', 'base text', () => 'base');
    base.save();
    const file = path.join(dir, 'parse', 'overlay', 'rst.json');
    const before = readFileSync(file, 'utf8');
    const patched = openParseCache(dir, 'overlay', 'v1', { readOnly: true });
    expect(patched.get('rst:kfuncs.rst', 'base text', () => 'parsed again')).toBe('base');
    expect(patched.get('rst:kfuncs.rst', 'patched text', () => 'patched')).toBe('patched');
    patched.save();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});


describe('parserVersion', () => {
  it('changes when any parser source changes, in a subdirectory too (rst/transforms/)', async () => {
    const { parserVersion } = await import('../../src/pipeline/parser-version.ts');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const version = (root: string) => parserVersion(['rst'], root);
    const a = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-parser-version-'));
    const b = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-parser-version-'));
    for (const [root, transform] of [[a, 'export const x = 1;'], [b, 'export const x = 2;']]) {
      mkdirSync(path.join(root, 'rst/transforms'), { recursive: true });
      writeFileSync(path.join(root, 'rst/parse.ts'), 'export {};');
      writeFileSync(path.join(root, 'rst/transforms/fix.ts'), transform);
    }
    expect(version(a)).not.toBe(version(b));
    expect(version(a)).toBe(version(a));
  });
});
