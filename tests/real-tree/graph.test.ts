/**
 * The content graph on the real trees from ../shared/fetch-kernels: kfunc counts against an
 * independent count (the registrations suite's), and the lifecycle stories the issue names.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentGraph, GraphKfunc } from '../../src/graph/types.ts';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';

const note = missingKernelsNote(KERNEL_VERSIONS);
if (note) console.warn(note);
const cache = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-graph-cache-'));
let graph: ContentGraph;
const kfunc = (name: string): GraphKfunc => {
  const k = graph.kfuncs.find((x) => x.name === name);
  if (!k) throw new Error(`no kfunc ${name}`);
  return k;
};
const inKernel = (k: GraphKfunc, v: string) => v in k.versions && !k.versions[v].file.startsWith('tools/');

describe.skipIf(Boolean(note))('graph of 6.1, 6.12, 7.2, 7.3', () => {
  beforeAll(async () => {
    const trees = await Promise.all(KERNEL_VERSIONS.map((v) => openKernelTree(kernelTreePath(v)!, { cacheDir: cache })));
    graph = (await buildGraph(trees, { cacheDir: cache })).graph;
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('matches the JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('schema/graph.schema.json', 'utf8')));
    validate(JSON.parse(JSON.stringify(graph)));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('orders the versions and reads their releases from the Makefiles', () => {
    expect(graph.versions).toEqual(['6.1', '6.12', '7.2', '7.3']);
    expect(graph.versionInfo['7.2'].release).toMatch(/^7\.2(\.\d+)?$/);
  });

  it('finds every kfunc registered outside tools/: 67, 204, 337, 352', () => {
    const counts = graph.versions.map((v) => graph.kfuncs.filter((k) => inKernel(k, v)).length);
    expect(counts).toEqual([67, 204, 337, 352]);
  });

  it("marks 6.1's test_run.c kfuncs test-only and does not call their move to the test module a removal", () => {
    const tests61 = graph.kfuncs.filter((k) => inKernel(k, '6.1') && k.testOnly);
    expect(tests61).toHaveLength(24);
    const moved = tests61.filter((k) => k.lifecycle.some((e) => e.kind === 'moved-to-test-module'));
    expect(moved.length).toBeGreaterThan(15);
    for (const k of moved) expect(k.lifecycle.some((e) => e.kind === 'removed' && e.version === '6.12')).toBe(false);
  });

  it('finds a definition for every kfunc, also those 6.1 defines away from where it registers them', () => {
    for (const v of graph.versions) {
      const missing = graph.kfuncs.filter((k) => inKernel(k, v) && !k.versions[v].definition).map((k) => k.name);
      expect(missing, v).toEqual([]);
    }
    expect(kfunc('tcp_reno_cong_avoid').versions['6.1'].definition?.file).toBe('net/ipv4/tcp_cong.c');
  });

  it('follows scx_bpf_cpu_rq from its run-time deprecation warning in 7.2 to its removal in 7.3', () => {
    const events = kfunc('scx_bpf_cpu_rq').lifecycle;
    const deprecated = events.find((e) => e.kind === 'deprecated')!;
    expect(deprecated).toMatchObject({ version: '7.2', after: '6.12' });
    expect(deprecated.evidence[0]).toMatchObject({ file: 'kernel/sched/ext/ext.c', version: '7.2' });
    expect(deprecated.evidence[0].text).toMatch(/printk_deferred.*is deprecated/);
    // The compat header's "until v6.20" is 7.0: 7.0 followed 6.19.
    expect(deprecated.removalPlanned).toBe('7.0');
    expect(events.find((e) => e.kind === 'removed')).toMatchObject({ version: '7.3', after: '7.2' });
    expect(events.some((e) => e.kind === 'renamed')).toBe(false);
  });

  it('reports the 12 kfuncs of 6.12 missing from 7.2 as renamed, with their new names', () => {
    const renamed = Object.fromEntries(
      graph.kfuncs.flatMap((k) => k.lifecycle.filter((e) => e.kind === 'renamed' && e.version === '7.2').map((e) => [k.name, e.to])),
    );
    expect(renamed).toEqual({
      bbr_cwnd_event: 'bbr_cwnd_event_tx_start',
      bpf_wq_set_callback_impl: 'bpf_wq_set_callback',
      cgroup_rstat_flush: 'css_rstat_flush',
      cgroup_rstat_updated: 'css_rstat_updated',
      cubictcp_cwnd_event: 'cubictcp_cwnd_event_tx_start',
      scx_bpf_consume: 'scx_bpf_dsq_move_to_local',
      scx_bpf_dispatch: 'scx_bpf_dsq_insert',
      scx_bpf_dispatch_from_dsq: 'scx_bpf_dsq_move',
      scx_bpf_dispatch_from_dsq_set_slice: 'scx_bpf_dsq_move_set_slice',
      scx_bpf_dispatch_from_dsq_set_vtime: 'scx_bpf_dsq_move_set_vtime',
      scx_bpf_dispatch_vtime: 'scx_bpf_dsq_insert_vtime',
      scx_bpf_dispatch_vtime_from_dsq: 'scx_bpf_dsq_move_vtime',
    });
    const missing = graph.kfuncs.filter((k) => inKernel(k, '6.12') && !('7.2' in k.versions) && !k.testOnly).map((k) => k.name);
    expect(missing.sort()).toEqual(Object.keys(renamed).sort());
    expect(kfunc('scx_bpf_dsq_insert').lifecycle[0]).toMatchObject({ kind: 'introduced', version: '7.2', from: 'scx_bpf_dispatch' });
  });

  it('explains the KF_TRUSTED_ARGS retirement once per kfunc that carried it (27)', () => {
    const flag = graph.flags.find((f) => f.name === 'KF_TRUSTED_ARGS')!;
    expect(flag.retiredIn).toBe('7.2');
    const lost = graph.kfuncs.filter((k) =>
      k.lifecycle.some((e) => e.kind === 'flags-changed' && e.version === '7.2' && e.removed?.includes('KF_TRUSTED_ARGS')) && inKernel(k, '7.2'),
    );
    expect(lost).toHaveLength(27);
    for (const k of lost) {
      const e = k.lifecycle.find((x) => x.kind === 'flags-changed' && x.version === '7.2')!;
      expect(e.detail).toMatch(/KF_TRUSTED_ARGS \(flag retired/);
      expect(e.evidence.some((x) => x.file === 'include/linux/btf.h' && x.version === '6.12')).toBe(true);
    }
  });

  it('sees 7.3 add 16 kfuncs, change flags on 63 and define KF_PERFMON', () => {
    const at73 = (kind: string) => graph.kfuncs.filter((k) => inKernel(k, '7.3') && k.lifecycle.some((e) => e.kind === kind && e.version === '7.3'));
    expect(at73('introduced')).toHaveLength(16);
    expect(at73('flags-changed')).toHaveLength(63);
    const perfmon = graph.flags.find((f) => f.name === 'KF_PERFMON')!;
    expect(Object.keys(perfmon.versions)).toEqual(['7.3']);
  });

  it('never shows verifier-supplied arguments in the BPF declaration (KF_IMPLICIT_ARGS)', () => {
    const implicit = graph.kfuncs.filter((k) => k.versions['7.2']?.flags.includes('KF_IMPLICIT_ARGS'));
    expect(implicit.length).toBeGreaterThan(5);
    for (const k of implicit) expect(k.versions['7.2'].bpfDeclaration).not.toMatch(/bpf_prog_aux/);
  });
});
