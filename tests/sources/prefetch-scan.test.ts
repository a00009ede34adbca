/** A scan started ahead is taken over once by the command's own scan; the next scans anew. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kernelSpecs } from '../../src/cli/early-scans.ts';
import { prefetchScan, scanSources } from '../../src/sources/scan-sources.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tree(): { root: string; cache: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kfuncdoc-prefetch-'));
  dirs.push(root);
  mkdirSync(path.join(root, 'kernel/bpf'), { recursive: true });
  writeFileSync(path.join(root, 'kernel/bpf/helpers.c'), 'BTF_KFUNCS_START(generic)\nBTF_ID_FLAGS(func, bpf_x)\n');
  return { root, cache: path.join(root, '.cache-outside-the-scan') };
}

describe('prefetchScan', () => {
  it('hands its answer to the next scan with the same arguments, once', async () => {
    const { root, cache } = tree();
    prefetchScan(root, ['BTF_ID_FLAGS'], { cacheDir: cache });
    const early = await scanSources(root, ['BTF_ID_FLAGS'], { cacheDir: cache });
    expect(early.matched).toEqual(['kernel/bpf/helpers.c']);
    // A file written after the prefetch began: the taken-over answer could not know it, a new scan does.
    writeFileSync(path.join(root, 'kernel/bpf/new.c'), 'BTF_ID_FLAGS(func, bpf_y)\n');
    expect((await scanSources(root, ['BTF_ID_FLAGS'], { cacheDir: cache })).matched).toEqual(['kernel/bpf/helpers.c', 'kernel/bpf/new.c']);
  });

  it('is not taken over by a scan with other arguments', async () => {
    const { root, cache } = tree();
    prefetchScan(root, ['BTF_ID_FLAGS'], { cacheDir: cache });
    expect((await scanSources(root, ['bpf_x'])).matched).toEqual(['kernel/bpf/helpers.c']);
    expect((await scanSources(root, ['BTF_ID_FLAGS'], { cacheDir: cache })).matched).toEqual(['kernel/bpf/helpers.c']);
  });

  it('keeps a failed scan for its taker, without crashing the process meanwhile', async () => {
    prefetchScan('/nonexistent/kfuncdoc-tree', ['BTF_ID_FLAGS']);
    await new Promise((r) => setTimeout(r, 20));
    await expect(scanSources('/nonexistent/kfuncdoc-tree', ['BTF_ID_FLAGS'])).rejects.toThrow();
  });
});

describe('kernelSpecs', () => {
  it('reads --kernel SPEC and --kernel=SPEC, not past --', () => {
    expect(kernelSpecs(['x.eml', '--kernel', 'a', '--kernel=b@v7.2', '--format', 'json', '--', '--kernel', 'c'])).toEqual(['a', 'b@v7.2']);
  });
});
