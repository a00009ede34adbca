import { describe, expect, it } from 'vitest';
import { readCompatHeader } from '../../src/graph/compat-header.ts';
import { computeLifecycles } from '../../src/graph/lifecycle.ts';
import { matchRenames } from '../../src/graph/rename.ts';
import type { KfuncSnapshot, VersionSnapshot } from '../../src/graph/snapshot.ts';

function kfunc(name: string, extra: Partial<KfuncSnapshot> = {}): KfuncSnapshot {
  return { name, testOnly: false, flags: [], programTypes: ['BPF_PROG_TYPE_UNSPEC'], bpfDeclaration: null, file: 'kernel/bpf/helpers.c', line: 10, deprecations: [], ...extra };
}
function snapshot(version: string, kfuncs: KfuncSnapshot[], flags: string[] = ['KF_ACQUIRE', 'KF_TRUSTED_ARGS'], renameHints: VersionSnapshot['renameHints'] = []): VersionSnapshot {
  return {
    version,
    kfuncs: new Map(kfuncs.map((k) => [k.name, k])),
    flagDefinitions: new Map(flags.map((f, i) => [f, { file: 'include/linux/btf.h', line: 20 + i }])),
    renameHints,
  };
}

describe('lifecycle', () => {
  it('says "at or before" for the oldest version and "between" for later ones', () => {
    const events = computeLifecycles([snapshot('6.1', [kfunc('bpf_a')]), snapshot('6.12', [kfunc('bpf_a'), kfunc('bpf_b')])]);
    expect(events.get('bpf_a')).toEqual([expect.objectContaining({ kind: 'introduced', version: '6.1', atOrBefore: true })]);
    expect(events.get('bpf_b')).toEqual([expect.objectContaining({ kind: 'introduced', version: '6.12', after: '6.1' })]);
  });

  it('explains a flag lost because btf.h retired it', () => {
    const events = computeLifecycles([
      snapshot('6.12', [kfunc('bpf_a', { flags: ['KF_ACQUIRE', 'KF_TRUSTED_ARGS'] })]),
      snapshot('7.2', [kfunc('bpf_a', { flags: ['KF_ACQUIRE'] })], ['KF_ACQUIRE']),
    ]);
    const change = events.get('bpf_a')!.find((e) => e.kind === 'flags-changed')!;
    expect(change.removed).toEqual(['KF_TRUSTED_ARGS']);
    expect(change.detail).toMatch(/KF_TRUSTED_ARGS \(flag retired/);
    expect(change.evidence.some((e) => e.file === 'include/linux/btf.h' && e.version === '6.12')).toBe(true);
  });

  it('reports deprecated with its evidence, then removed', () => {
    const clue = { source: 'runtime-warning' as const, file: 'kernel/sched/ext.c', line: 99, version: '7.2', text: 'printk_deferred: is deprecated' };
    const events = computeLifecycles([
      snapshot('6.12', [kfunc('scx_old')]),
      snapshot('7.2', [kfunc('scx_old', { deprecations: [clue] })]),
      snapshot('7.3', []),
    ]);
    expect(events.get('scx_old')!.map((e) => [e.kind, e.version, e.after])).toEqual([
      ['introduced', '6.12', undefined],
      ['deprecated', '7.2', '6.12'],
      ['removed', '7.3', '7.2'],
    ]);
    expect(events.get('scx_old')![1].evidence[0]).toMatchObject({ file: 'kernel/sched/ext.c', line: 99 });
  });

  it('pairs renames by compat hint, suffix and body, and keeps unrelated removals', () => {
    const before = snapshot('6.12', [
      kfunc('scx_bpf_dispatch', { file: 'kernel/sched/ext.c' }),
      kfunc('bpf_wq_set_callback_impl'),
      kfunc('bbr_cwnd_event', { file: 'net/ipv4/tcp_bbr.c' }),
      kfunc('cgroup_rstat_flush', { body: '{ struct cgroup *cgrp = x; might_sleep(); for_each_possible_cpu(cpu) { flush(cpu); } }', docText: 'flush stats in cgroup subtree' }),
      kfunc('bpf_gone'),
    ]);
    const after = snapshot(
      '7.2',
      [
        kfunc('scx_bpf_dsq_insert', { file: 'kernel/sched/ext/ext.c' }),
        kfunc('bpf_wq_set_callback'),
        kfunc('bbr_cwnd_event_tx_start', { file: 'net/ipv4/tcp_bbr.c' }),
        kfunc('css_rstat_flush', { body: '{ struct cgroup *cgrp = y; might_sleep(); for_each_possible_cpu(cpu) { flush(cpu); } }', docText: 'flush stats in css subtree' }),
        kfunc('bpf_unrelated_new'),
      ],
      undefined,
      [{ from: 'scx_bpf_dispatch', to: 'scx_bpf_dsq_insert', evidence: { file: 'tools/sched_ext/include/scx/compat.bpf.h', line: 355, version: '7.2', text: 'compat wrapper' } }],
    );
    const pairs = matchRenames(before, after).map((r) => `${r.from}->${r.to}`).sort();
    expect(pairs).toEqual(['bbr_cwnd_event->bbr_cwnd_event_tx_start', 'bpf_wq_set_callback_impl->bpf_wq_set_callback', 'cgroup_rstat_flush->css_rstat_flush', 'scx_bpf_dispatch->scx_bpf_dsq_insert']);
    const events = computeLifecycles([before, after]);
    expect(events.get('bpf_gone')!.at(-1)).toMatchObject({ kind: 'removed', version: '7.2' });
    expect(events.get('scx_bpf_dispatch')!.at(-1)).toMatchObject({ kind: 'renamed', to: 'scx_bpf_dsq_insert' });
    expect(events.get('scx_bpf_dsq_insert')![0]).toMatchObject({ kind: 'introduced', from: 'scx_bpf_dispatch' });
  });
});

describe('compat header', () => {
  const header = [
    '/*',
    ' * v6.13: The verb was renamed.',
    ' */',
    'bool scx_bpf_consume___old(u64 dsq_id) __ksym __weak;',
    '#define scx_bpf_dsq_move_to_local(dsq_id)\t\\',
    '\t(bpf_ksym_exists(scx_bpf_dsq_move_to_local___new) ?\t\\',
    '\t scx_bpf_dsq_move_to_local___new((dsq_id)) : scx_bpf_consume___old((dsq_id)))',
    '',
    '/*',
    ' * Keep this helper available until v6.20 for compatibility.',
    ' */',
    'static inline struct task_struct *__COMPAT_scx_bpf_cpu_curr(int cpu)',
    '{',
    '\treturn bpf_ksym_exists(scx_bpf_cpu_curr) ? scx_bpf_cpu_curr(cpu) : scx_bpf_cpu_rq(cpu)->curr;',
    '}',
  ].join('\n');
  it('reads renames from wrappers and deadlines from comments, mapping v6.20 to 7.0', () => {
    const { renames, deadlines } = readCompatHeader(header);
    expect(renames).toEqual([{ from: 'scx_bpf_consume', to: 'scx_bpf_dsq_move_to_local', line: 5 }]);
    expect(deadlines.find((d) => d.name === 'scx_bpf_cpu_rq')).toMatchObject({ deadlineText: 'v6.20', removalPlanned: '7.0', line: 9 });
  });
});

describe('deprecated aliases', () => {
  const clue = (replacement: string) => ({ source: 'runtime-warning' as const, file: 'k.c', line: 5, version: '6.19', text: `"is deprecated, use ${replacement}()"`, replacement });
  it('calls a deprecated wrapper that calls its replacement a rename, kept for a while', () => {
    const events = computeLifecycles([
      snapshot('6.18', [kfunc('bpf_old')]),
      snapshot('6.19', [kfunc('bpf_old', { body: '{ printk_deferred("use bpf_new()"); return bpf_new(x); }', deprecations: [clue('bpf_new')] }), kfunc('bpf_new')]),
      snapshot('7.0', [kfunc('bpf_new')]),
    ]);
    expect(events.get('bpf_old')!.map((e) => e.kind)).toEqual(['introduced', 'deprecated', 'renamed', 'removed']);
    expect(events.get('bpf_new')![0]).toMatchObject({ kind: 'introduced', from: 'bpf_old' });
  });
  it('does not when the replacement is only named in the warning text', () => {
    const events = computeLifecycles([
      snapshot('6.18', [kfunc('bpf_old')]),
      snapshot('6.19', [kfunc('bpf_old', { body: '{ printk_deferred("use bpf_new() instead"); return rq(x); }', deprecations: [clue('bpf_new')] }), kfunc('bpf_new')]),
    ]);
    expect(events.get('bpf_old')!.map((e) => e.kind)).toEqual(['introduced', 'deprecated']);
  });
});
