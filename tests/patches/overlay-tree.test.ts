import { describe, expect, it } from 'vitest';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { overlayTree } from '../../src/sources/overlay-tree.ts';

describe('overlayTree', () => {
  const base = memoryTree({ 'a/x.c': 'kfunc_a\n', 'a/y.h': 'kfunc_b\n', 'b/z.rst': 'doc\n' }, 'base');
  const tree = overlayTree(
    base,
    new Map<string, string | null>([
      ['a/x.c', 'nothing here\n'],
      ['a/y.h', null],
      ['a/new.c', 'kfunc_a kfunc_b\n'],
      ['c/added.rst', 'new doc\n'],
    ]),
  );

  it('reads changed, deleted, added and untouched files', async () => {
    expect(tree.label).toBe('base+patch');
    expect(await tree.readFile('a/x.c')).toBe('nothing here\n');
    expect(await tree.readFile('a/y.h')).toBeUndefined();
    expect(await tree.readFile('a/new.c')).toBe('kfunc_a kfunc_b\n');
    expect(await tree.readFile('b/z.rst')).toBe('doc\n');
  });

  it('lists added files and not deleted ones, sorted', async () => {
    expect(await tree.listFiles('')).toEqual(['a/new.c', 'a/x.c', 'b/z.rst', 'c/added.rst']);
    expect(await tree.listFiles('a')).toEqual(['a/new.c', 'a/x.c']);
    expect(await tree.listFiles('c/')).toEqual(['c/added.rst']);
  });

  it('finds sources in their patched text only', async () => {
    expect(await tree.findSources(['kfunc_a'])).toEqual(['a/new.c']);
    expect(await tree.findSources(['kfunc_b'])).toEqual(['a/new.c']);
    expect(await tree.findSources(['nothing'])).toEqual(['a/x.c']);
  });
});
