import { describe, expect, it } from 'vitest';
import { makeCondition, parseKbuild, parseKconfigSymbols, tristateLookup } from '../../src/registrations/index.ts';
import { readFixture } from './read-fixture.ts';

const makefile = readFixture('Makefile.netish');
const isTristate = tristateLookup(parseKconfigSymbols(readFixture('Kconfig.netish')));
const build = (object: string, withKconfig = true) =>
  parseKbuild('net/gizmo/Makefile', makefile, object, withKconfig ? { isTristate } : {});

describe('parseKbuild', () => {
  it('finds obj-$(CONFIG_X) += x.o: a tristate symbol makes a module of the object\'s own name', () => {
    expect(build('gizmo_cong.c').builds).toEqual([{
      object: 'gizmo_cong.o', line: 9, config: 'CONFIG_GIZMO_CONG', composite: null, memberConfig: null, objLine: 9,
      module: 'gizmo_cong', modular: true, conditions: [],
    }]);
  });

  it('leaves modular unknown (null) without a Kconfig lookup, naming the module it would be', () => {
    expect(build('gizmo_cong.o', false).builds[0]).toMatchObject({ module: 'gizmo_cong', modular: null });
    expect(build('bpf_gizmo', true).builds[0]).toMatchObject({ config: 'CONFIG_BPF_SYSCALL', module: 'bpf_gizmo', modular: null });
  });

  it('finds objects in an obj-y list spanning lines: always built in', () => {
    expect(build('xdp.c').builds).toEqual([{
      object: 'xdp.o', line: 6, config: null, composite: null, memberConfig: null, objLine: 6, module: null, modular: false, conditions: [],
    }]);
  });

  it('follows a composite member under ifeq / else ifeq to the composite\'s obj- line', () => {
    expect(build('gizmo_track_bpf.c').builds).toEqual([
      { object: 'gizmo_track_bpf.o', line: 16, config: 'CONFIG_GIZMO_TRACK', composite: 'gizmo_track', memberConfig: 'CONFIG_DEBUG_INFO_BTF_MODULES',
        objLine: 20, module: 'gizmo_track', modular: true, conditions: ['CONFIG_GIZMO_TRACK=m'] },
      { object: 'gizmo_track_bpf.o', line: 18, config: 'CONFIG_GIZMO_TRACK', composite: 'gizmo_track', memberConfig: 'CONFIG_DEBUG_INFO_BTF',
        objLine: 20, module: 'gizmo_track', modular: true, conditions: ['CONFIG_GIZMO_TRACK!=m', 'CONFIG_GIZMO_TRACK=y'] },
    ]);
    expect(build('gizmo_track_proto.c').builds[0]).toMatchObject({ composite: 'gizmo_track', memberConfig: null });
  });

  it('reads -objs composites, bool symbols (no module), obj-m and directories', () => {
    expect(build('fou_bpf.c').builds[0]).toMatchObject({ config: 'CONFIG_GIZMO_FOU', composite: 'gizmo_fou', module: null, modular: false });
    expect(build('gizmo_always_module.c').builds[0]).toMatchObject({ config: null, module: 'gizmo_always_module', modular: true });
    expect(build('hw/').builds[0]).toMatchObject({ config: 'CONFIG_GIZMO_HW', object: 'hw/', module: null, modular: null });
  });

  it('notes (info) an object that no rule builds', () => {
    const { builds, diagnostics } = build('missing.c');
    expect(builds).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'registrations-kbuild-not-found', severity: 'info', file: 'net/gizmo/Makefile' }]);
  });

  it('turns Makefile conditionals into readable conditions', () => {
    expect([
      makeCondition('ifeq', '($(CONFIG_A),m)'), makeCondition('ifneq', '($(CONFIG_A),)'), makeCondition('ifeq', '($(CONFIG_A),)'),
      makeCondition('ifdef', 'CONFIG_B'), makeCondition('ifndef', 'CONFIG_B'), makeCondition('ifeq', '"$(ARCH)" "x86"'),
    ]).toEqual(['CONFIG_A=m', 'CONFIG_A', '!CONFIG_A', 'CONFIG_B', '!CONFIG_B', 'ARCH=x86']);
  });
});

describe('parseKconfigSymbols', () => {
  it('reads config and menuconfig entries with their type', () => {
    expect(parseKconfigSymbols(readFixture('Kconfig.netish'))).toEqual([
      { name: 'GIZMO_CONG', type: 'tristate', line: 4 },
      { name: 'GIZMO_TRACK', type: 'tristate', line: 10 },
      { name: 'GIZMO_FOU', type: 'bool', line: 13 },
      { name: 'GIZMO_DEFAULT', type: 'bool', line: 16 },
    ]);
    expect([isTristate('CONFIG_GIZMO_TRACK'), isTristate('GIZMO_FOU'), isTristate('CONFIG_UNKNOWN')]).toEqual([true, false, undefined]);
  });
});
