import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { readContentPatches } from '../../src/pipeline/content-patches.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';

describe('patches in content/patches', () => {
  it('links a patch and the kfuncs it touched both ways, and names it on the deprecation it made', async () => {
    const { messages, diagnostics } = await readContentPatches('content/patches');
    expect(diagnostics).toEqual([]);
    const trees = await Promise.all(['sample/linux-6.18', 'sample/linux-6.19', 'sample/linux-7.0'].map((p) => openKernelTree(p)));
    const { graph } = await buildGraph(trees, { patches: messages });
    const patch = graph.patches!.find((p) => p.messageId === '20260105.sample.1@example.org')!;
    expect(patch).toMatchObject({ title: 'bpf: sample: deprecate bpf_sample_comm_match()', author: { name: 'Ada Sample' }, files: ['kernel/bpf/sample_kfuncs.c'], kfuncs: ['bpf_sample_comm_match'] });
    expect(patch.changes).toEqual([{ subject: 'kfunc', name: 'bpf_sample_comm_match', kind: 'deprecated' }]);
  });

  it('reads nothing, and says nothing, when there is no such directory', async () => {
    expect(await readContentPatches('content/no-such-dir')).toEqual({ messages: [], diagnostics: [] });
  });
});
