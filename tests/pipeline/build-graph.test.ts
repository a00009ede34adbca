/** The whole pipeline on the embedded sample trees (sample/README.md lists what each exercises). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentGraph, GraphKfunc } from '../../src/graph/types.ts';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';

let graph: ContentGraph;
const kfunc = (name: string): GraphKfunc => graph.kfuncs.find((k) => k.name === name)!;
const story = (name: string) => kfunc(name).lifecycle.map((e) => `${e.version} ${e.kind}${e.to ? ' ' + e.to : ''}`);

beforeAll(async () => {
  const trees = await Promise.all(['sample/linux-7.0', 'sample/linux-6.18', 'sample/linux-6.19'].map((p) => openKernelTree(p)));
  graph = (await buildGraph(trees)).graph;
});

describe('graph of the embedded sample', () => {
  it('orders versions numerically, 7.0 after 6.19', () => {
    expect(graph.versions).toEqual(['6.18', '6.19', '7.0']);
    expect(graph.versionInfo['6.18'].release).toBe('6.18.3');
  });

  it('tells each lifecycle story', () => {
    expect(story('bpf_sample_cpu_curr')).toEqual(['6.19 introduced']);
    expect(story('bpf_sample_map_sum')).toEqual(['6.18 introduced', '6.19 flags-changed']);
    expect(story('bpf_sample_dispatch')).toEqual(['6.18 introduced', '6.19 deprecated bpf_sample_dsq_insert', '6.19 renamed bpf_sample_dsq_insert', '7.0 removed']);
    expect(story('bpf_sample_cpu_rq')).toEqual(['6.18 introduced', '6.19 deprecated bpf_sample_cpu_curr', '7.0 removed']);
    expect(story('bpf_sample_ct_lookup')).toEqual(['6.18 introduced', '6.19 program-types-changed', '7.0 signature-changed']);
    expect(kfunc('bpf_sample_cpu_rq').lifecycle[1]).toMatchObject({ removalPlanned: '7.0', after: '6.18' });
    expect(kfunc('bpf_sample_cpu_rq').lifecycle[0]).toMatchObject({ atOrBefore: true });
  });

  it('explains the retired flag', () => {
    expect(graph.flags.find((f) => f.name === 'KF_TRUSTED_ARGS')!.retiredIn).toBe('7.0');
    expect(kfunc('bpf_sample_task_acquire').lifecycle[1].detail).toMatch(/-KF_TRUSTED_ARGS \(flag retired/);
  });

  it('keeps verifier-supplied arguments out of the BPF declaration', () => {
    expect(kfunc('bpf_sample_prog_runs').versions['7.0'].bpfDeclaration).toBe('extern u64 bpf_sample_prog_runs(void) __ksym __weak;');
  });

  it('records Kbuild conditions, modules and #ifdef guards', () => {
    expect(kfunc('bpf_sample_ct_lookup').versions['7.0'].build).toEqual({ config: 'CONFIG_SAMPLE_CT', module: 'sample_ct' });
    expect(kfunc('bpf_sample_comm_match').versions['7.0'].conditions).toEqual(['CONFIG_BPF_SAMPLE_COMM']);
  });

  it('marks test kfuncs and keeps UNSPEC program types as written', () => {
    expect(kfunc('bpf_kfunc_call_test_sample').testOnly).toBe(true);
    expect(graph.kfuncs.some((k) => Object.values(k.versions).some((v) => v.programTypes.includes('BPF_PROG_TYPE_UNSPEC')))).toBe(true);
  });
});

describe('partial trees', () => {
  it('builds from a tree with only Documentation/bpf: no kfuncs, no error', async () => {
    const tree = memoryTree({ 'Documentation/bpf/kfuncs.rst': 'kfuncs\n======\n' });
    const { graph: g } = await buildGraph([{ tree, version: '7.2', release: '7.2', source: 'memory' }]);
    expect(g.kfuncs).toEqual([]);
    expect(g.versions).toEqual(['7.2']);
  });

  it('refuses two trees of the same version, naming both', async () => {
    const tree = memoryTree({});
    await expect(
      buildGraph([
        { tree, version: '7.2', release: '7.2', source: 'a' },
        { tree, version: '7.2', release: '7.2.1', source: 'b' },
      ]),
    ).rejects.toThrow(/both version 7.2: a and b/);
  });
});
