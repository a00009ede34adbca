import { describe, it, expect } from 'vitest';
import { paramSuffix } from '../../src/integration/param-suffixes.ts';
import { setContext } from '../../src/integration/set-context.ts';
import { shortProgramTypes } from '../../src/integration/program-types.ts';
import { eventText } from '../../src/integration/kfunc-timeline.ts';
import { withBase } from '../../src/integration/graph-context.ts';

describe('page helpers', () => {
  it('explains parameter suffixes, longest match first, with the guide anchor', () => {
    expect(paramSuffix('tuple__sz')).toMatchObject({ suffix: '__sz', anchor: 'sz-annotation' });
    expect(paramSuffix('buf__szk')).toMatchObject({ suffix: '__szk', anchor: 'szk-annotation' });
    expect(paramSuffix('opts__nullable')?.meaning).toBe('the pointer may be NULL');
    expect(paramSuffix('p')).toBeUndefined();
    expect(paramSuffix('__k')).toBeUndefined();
  });

  it('says the calling context a sched_ext set name states', () => {
    expect(setContext('scx_kfunc_ids_dispatch')).toBe('from ops.dispatch()');
    expect(setContext('scx_kfunc_ids_unlocked')).toMatch(/no run-queue lock/);
    expect(setContext('generic_btf_ids')).toBeUndefined();
  });

  it('shows UNSPEC as "all", first', () => {
    expect(shortProgramTypes(['BPF_PROG_TYPE_XDP', 'BPF_PROG_TYPE_UNSPEC', 'BPF_PROG_TYPE_XDP'])).toEqual(['all', 'XDP']);
  });

  it('writes lifecycle events in one line', () => {
    const e = { version: '7.0', evidence: [] };
    expect(eventText({ ...e, kind: 'flags-changed', added: ['KF_RCU'], removed: ['KF_TRUSTED_ARGS'] })).toBe('flags: +KF_RCU −KF_TRUSTED_ARGS');
    expect(eventText({ ...e, kind: 'program-types-changed', added: ['BPF_PROG_TYPE_SCHED_CLS'] })).toBe('program types: +SCHED_CLS');
    expect(eventText({ ...e, kind: 'deprecated', to: 'bpf_b', removalPlanned: '7.3' })).toBe('deprecated, use bpf_b; removal planned in 7.3');
    expect(eventText({ ...e, kind: 'introduced', from: 'bpf_a' })).toBe('introduced (renamed from bpf_a)');
    expect(eventText({ ...e, kind: 'moved-to-test-module' })).toBe('moved to the selftest module');
  });

  it('joins the base and a path', () => {
    expect(withBase('/', '/kfuncs/')).toBe('/kfuncs/');
    expect(withBase('/kd/', '/kfuncs/')).toBe('/kd/kfuncs/');
    expect(withBase('/kd', '/kfuncs/')).toBe('/kd/kfuncs/');
  });
});
