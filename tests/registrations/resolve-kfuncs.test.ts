import { describe, expect, it } from 'vitest';
import { isTestOnlySet, parseRegistrations, resolveKfuncs } from '../../src/registrations/index.ts';
import { readFixture } from './read-fixture.ts';

const parsed = (name: string, file = `drivers/misc/${name}`) => parseRegistrations(file, readFixture(name));

describe('resolveKfuncs', () => {
  it('gives each registered entry its set, flags, program types in call order, id sets and line', () => {
    const { registrations, diagnostics } = resolveKfuncs([parsed('set8-and-kfuncs.c')]);
    expect(registrations.map((r) => ({ name: r.name, set: r.set, flags: r.flags, programTypes: r.programTypes, idSets: r.idSets, line: r.line }))).toEqual([
      { name: 'bpf_widget_get', set: 'widget_old_ids', flags: ['KF_ACQUIRE', 'KF_RET_NULL'], programTypes: ['BPF_PROG_TYPE_TRACING'], idSets: ['widget_old_set'], line: 7 },
      { name: 'bpf_widget_put', set: 'widget_old_ids', flags: ['KF_RELEASE'], programTypes: ['BPF_PROG_TYPE_TRACING'], idSets: ['widget_old_set'], line: 8 },
      { name: 'bpf_widget_count', set: 'widget_new_ids', flags: [], programTypes: ['BPF_PROG_TYPE_XDP', 'BPF_PROG_TYPE_TRACING'], idSets: ['widget_new_set'], line: 12 },
    ]);
    expect(registrations[2].calls.map((c) => c.line)).toEqual([30, 32]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps every registration of a kfunc that sits in two sets with different flags', () => {
    const peek = resolveKfuncs([parsed('two-sets.c')]).registrations.filter((r) => r.name === 'bpf_oven_peek');
    expect(peek.map((r) => [r.set, r.flags, r.programTypes])).toEqual([
      ['oven_generic_ids', ['KF_RET_NULL'], ['BPF_PROG_TYPE_TRACING', 'BPF_PROG_TYPE_SCHED_CLS']],
      ['oven_common_ids', ['KF_RET_NULL', 'KF_RCU_PROTECTED'], ['BPF_PROG_TYPE_UNSPEC']],
    ]);
  });

  it('resolves two unrelated static id sets of the same name per file; BPF_PROG_TYPE_UNSPEC is kept as is', () => {
    const { registrations } = resolveKfuncs([parsed('same-name-a.c'), parsed('same-name-b.c')]);
    expect(registrations.map((r) => [r.file, r.name, r.set, r.idSets, r.programTypes])).toEqual([
      ['drivers/misc/same-name-a.c', 'bpf_pump_start', 'pump_btf_ids', ['common_kfunc_set'], ['BPF_PROG_TYPE_TRACING']],
      ['drivers/misc/same-name-b.c', 'bpf_valve_open', 'valve_btf_ids', ['common_kfunc_set'], ['BPF_PROG_TYPE_UNSPEC']],
    ]);
  });

  it('does not register a set used only by a filter, and does not report it', () => {
    const { registrations, diagnostics } = resolveKfuncs([parsed('filter-only.c')]);
    expect(registrations.map((r) => [r.set, r.name, r.filter])).toEqual([
      ['robot_kfunc_ids_any', 'bpf_robot_walk', 'robot_kfunc_filter'],
      ['robot_kfunc_ids_any', 'bpf_robot_turn', 'robot_kfunc_filter'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('notes (info) a set that nothing registers or uses', () => {
    const { registrations, diagnostics } = resolveKfuncs([parsed('unregistered.c')]);
    expect(registrations).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'registrations-set-unregistered', severity: 'info', file: 'drivers/misc/unregistered.c', line: 5 }]);
  });

  it('does not take fmod_ret sets for kfuncs, even though they use the same macros', () => {
    const { registrations, diagnostics } = resolveKfuncs([parsed('fmodret.c')]);
    expect(registrations).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('carries #if conditions of the entry, the set included', () => {
    const dim = resolveKfuncs([parsed('conditions.c')]).registrations.find((r) => r.name === 'bpf_lamp_dim_stub');
    expect(dim?.conditions).toEqual(['CONFIG_NET', '!CONFIG_LAMP_DIMMER']);
    expect(dim?.calls[0].conditions).toEqual(['CONFIG_NET']);
  });

  it('marks kfuncs of net/bpf/test_run.c and of tools/testing/ as test-only', () => {
    const files = [
      parseRegistrations('net/bpf/test_run.c', readFixture('net/bpf/test_run.c')),
      parseRegistrations('tools/testing/selftests/bpf/test_kmods/toy_testmod.c', readFixture('tools/testing/selftests/bpf/test_kmods/toy_testmod.c')),
      parsed('two-sets.c', 'kernel/bpf/oven.c'),
    ];
    const testOnly = Object.fromEntries(resolveKfuncs(files).registrations.map((r) => [r.name, r.testOnly]));
    expect(testOnly).toEqual({
      bpf_kfunc_call_test1: true,
      bpf_kfunc_call_memb_release: true,
      bpf_toy_testmod_poke: true,
      bpf_oven_peek: false,
      bpf_oven_bake: false,
    });
    expect(isTestOnlySet('tools/bpf/resolve_btfids/main.c')).toBe(false);
  });
});
