/** The checks on the real trees: the defects the issue names are found, and no false alarms. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';

const note = missingKernelsNote(KERNEL_VERSIONS);
if (note) console.warn(note);
const cache = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-checks-cache-'));
const byVersion = new Map<string, Diagnostic[]>();
const find = (v: string, code: string) => byVersion.get(v)!.filter((d) => d.code === code);

describe.skipIf(Boolean(note))('checks on each real tree', () => {
  beforeAll(async () => {
    for (const v of KERNEL_VERSIONS) {
      const { graph } = await buildGraph([await openKernelTree(kernelTreePath(v)!, { cacheDir: cache })], { cacheDir: cache });
      byVersion.set(v, graph.diagnostics);
    }
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('finds cpumasks.rst\'s duplicate "2.1.1" in 6.12, 7.2 and 7.3, pointing at the first one', () => {
    for (const v of ['6.12', '7.2', '7.3']) {
      const dup = find(v, 'rst-section-duplicate').filter((d) => d.file === 'Documentation/bpf/cpumasks.rst');
      expect(dup, v).toHaveLength(1);
      expect(dup[0]).toMatchObject({ line: 114, related: { line: 34 } });
    }
  });

  it('finds the double space after "2.6" (6.12) and "2.7" (7.2, line 440)', () => {
    expect(find('6.12', 'rst-section-spacing').map((d) => [d.file, d.line])).toEqual([['Documentation/bpf/kfuncs.rst', 366]]);
    expect(find('7.2', 'rst-section-spacing').map((d) => [d.file, d.line])).toEqual([['Documentation/bpf/kfuncs.rst', 440]]);
  });

  it('says KF_DEPRECATED is documented but undefined in 6.12, 7.2 and 7.3', () => {
    for (const v of ['6.12', '7.2', '7.3']) expect(find(v, 'doc-flag-undefined').map((d) => d.message.split(' ')[0]), v).toEqual(['KF_DEPRECATED']);
    expect(find('6.1', 'doc-flag-undefined')).toEqual([]);
  });

  it('says KF_FASTCALL and KF_ARENA_* are undocumented in 7.2, and not KF_ITER_* (bpf_iterators.rst names them)', () => {
    const names = find('7.2', 'doc-flag-undocumented').map((d) => d.message.split(' ')[0]);
    expect(names).toEqual(['KF_FASTCALL', 'KF_ARENA_RET', 'KF_ARENA_ARG1', 'KF_ARENA_ARG2']);
  });

  it('reports no undefined label in any Documentation/bpf file', () => {
    for (const v of KERNEL_VERSIONS) expect(find(v, 'rst-label-undefined'), v).toEqual([]);
  });

  it("reports 7.2's scx_bpf_cpu_rq deadline (v6.20, i.e. 7.0) as past due", () => {
    expect(find('7.2', 'deprecation-past-due').map((d) => d.message)).toEqual([
      'scx_bpf_cpu_rq() was to be removed in 7.0 (written "v6.20") and is still registered in 7.2',
    ]);
  });

  it('reports the three ___v2 kernel-doc name mismatches of 7.2', () => {
    expect(find('7.2', 'kerneldoc-name-mismatch')).toHaveLength(3);
  });

  it('does not call illustrative or kernel-internal names unknown kfuncs', () => {
    for (const v of KERNEL_VERSIONS) expect(find(v, 'doc-kfunc-unknown'), v).toEqual([]);
  });
});
