/** Which trees the preview server's site shows: the configured ones up to the patched tree, or it alone. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openKernelTree } from '../../src/sources/open-tree.ts';
import { otherSiteKernels, previewSiteTrees } from '../../src/preview/preview-site-trees.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sample = (v: string) => path.join(ROOT, 'sample', `linux-${v}`);
const configured = ['6.18', '6.19', '7.0'].map(sample);

describe('the preview site trees', () => {
  it('finds the patched tree among the configured kernels by directory and ref', () => {
    expect(otherSiteKernels({ root: sample('7.0') }, configured)).toEqual([sample('6.18'), sample('6.19')]);
    expect(otherSiteKernels({ root: `${sample('7.0')}/` }, [`${sample('6.19')}=6.19`, sample('7.0')])).toEqual([`${sample('6.19')}=6.19`]);
    expect(otherSiteKernels({ root: sample('7.0'), ref: 'v7.0' }, configured)).toBeNull();
    expect(otherSiteKernels({ root: '/elsewhere/linux' }, configured)).toBeNull();
  });

  it('keeps the older configured versions before the patched tree, and drops newer ones', async () => {
    const patched = await openKernelTree(sample('6.19'));
    const trees = await previewSiteTrees({ opened: patched, root: sample('6.19') }, configured);
    expect(trees.map((t) => t.version)).toEqual(['6.18', '6.19']);
    expect(trees[1]).toBe(patched);
  });

  it('shows a tree that is not configured alone', async () => {
    const patched = await openKernelTree(sample('7.0'));
    expect(await previewSiteTrees({ opened: patched, root: '/not/configured' }, configured)).toEqual([patched]);
  });
});
