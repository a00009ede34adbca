import { describe, expect, it } from 'vitest';
import { listIncludes, parseRegistrations } from '../../src/registrations/index.ts';
import { readFixture } from './read-fixture.ts';

const parse = (name: string, file = `net/widget/${name}`, includes: Record<string, string> = {}) =>
  parseRegistrations(file, readFixture(name), includes);

describe('parseRegistrations', () => {
  it('reads 6.1-style BTF_SET8 sets and BTF_KFUNCS sets alike', () => {
    const r = parse('set8-and-kfuncs.c');
    expect(r.sets.map((s) => [s.name, s.macro, s.line, s.endLine])).toEqual([
      ['widget_old_ids', 'BTF_SET8_START', 6, 9],
      ['widget_new_ids', 'BTF_KFUNCS_START', 11, 13],
    ]);
    expect(r.sets[0].entries).toEqual([
      { name: 'bpf_widget_get', flags: ['KF_ACQUIRE', 'KF_RET_NULL'], line: 7, conditions: [] },
      { name: 'bpf_widget_put', flags: ['KF_RELEASE'], line: 8, conditions: [] },
    ]);
    expect(r.idSets).toEqual([
      { name: 'widget_old_set', line: 15, set: 'widget_old_ids', filter: null, owner: 'THIS_MODULE', conditions: [] },
      { name: 'widget_new_set', line: 20, set: 'widget_new_ids', filter: null, owner: 'THIS_MODULE', conditions: [] },
    ]);
    // The second call spans two lines; its line is where the call starts.
    expect(r.calls.map((c) => [c.programType, c.idSet, c.line])).toEqual([
      ['BPF_PROG_TYPE_TRACING', 'widget_old_set', 29],
      ['BPF_PROG_TYPE_XDP', 'widget_new_set', 30],
      ['BPF_PROG_TYPE_TRACING', 'widget_new_set', 32],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('reads an entry whose flags continue over several lines, and ignores a stray `;`', () => {
    const r = parse('multiline-entry.c');
    expect(r.sets[0].entries.map((e) => [e.name, e.flags, e.line])).toEqual([
      ['bpf_gadget_open', ['KF_ACQUIRE', 'KF_RET_NULL', 'KF_SLEEPABLE'], 5],
      ['bpf_gadget_close', ['KF_RELEASE'], 8],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('expands an X-macro list taken from an included header', () => {
    const text = readFixture('xmacro.c');
    const includes = listIncludes('net/sensor/xmacro.c', text);
    expect(includes).toEqual(['include/linux/btf_ids.h', 'include/net/sensor.h', 'net/sensor/sensor_priv.h']);
    const r = parseRegistrations('net/sensor/xmacro.c', text, { 'include/net/sensor.h': readFixture('include/net/sensor.h') });
    const origin = { macro: 'SENSOR_META_KFUNC_xxx', file: 'include/net/sensor.h', line: 6 };
    expect(r.sets).toHaveLength(1);
    expect(r.sets[0].entries).toEqual([
      { name: 'bpf_sensor_meta_temp', flags: ['KF_RCU'], line: 8, conditions: [], expandedFrom: origin },
      { name: 'bpf_sensor_meta_humidity', flags: ['KF_RCU'], line: 8, conditions: [], expandedFrom: origin },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('says which header is missing when the X-macro cannot be expanded', () => {
    const r = parse('xmacro.c');
    expect(r.sets[0].entries).toEqual([]);
    expect(r.diagnostics).toMatchObject([{
      code: 'registrations-set-unknown-content', severity: 'warning', line: 8,
      message: 'unexpected `SENSOR_META_KFUNC_xxx` in set sensor_meta_kfunc_ids',
    }]);
    expect(r.diagnostics[0].hint).toContain('includes');
  });

  it('keeps the #ifdef / #ifndef / #if / #elif / #else conditions around entries, sets, id sets and calls', () => {
    const r = parse('conditions.c');
    const set = r.sets[0];
    expect(set.conditions).toEqual(['CONFIG_NET']);
    expect(Object.fromEntries(set.entries.map((e) => [e.name, e.conditions]))).toEqual({
      bpf_lamp_on: ['CONFIG_NET'],
      bpf_lamp_dim: ['CONFIG_NET', 'CONFIG_LAMP_DIMMER'],
      bpf_lamp_dim_stub: ['CONFIG_NET', '!CONFIG_LAMP_DIMMER'],
      bpf_lamp_color: ['CONFIG_NET', '!CONFIG_LAMP_NO_COLOR'],
      bpf_lamp_both: ['CONFIG_NET', 'defined(CONFIG_LAMP_A) && IS_ENABLED(CONFIG_LAMP_B)'],
      bpf_lamp_c: ['CONFIG_NET', '!(defined(CONFIG_LAMP_A) && IS_ENABLED(CONFIG_LAMP_B))', 'defined(CONFIG_LAMP_C)'],
      bpf_lamp_neither: ['CONFIG_NET', '!(defined(CONFIG_LAMP_A) && IS_ENABLED(CONFIG_LAMP_B))', '!defined(CONFIG_LAMP_C)'],
    });
    expect(r.idSets[0].conditions).toEqual(['CONFIG_NET']);
    expect(r.calls[0].conditions).toEqual(['CONFIG_NET']);
    expect(r.diagnostics).toEqual([]);
  });

  it('sees nothing in comments or strings, and leaves a header include guard out of the conditions', () => {
    const r = parse('comments.h', 'include/linux/blender.h');
    expect(r.sets).toHaveLength(1);
    expect(r.sets[0]).toMatchObject({ name: 'blender_ids', line: 23, conditions: [] });
    expect(r.sets[0].entries.map((e) => e.name)).toEqual(['bpf_blender_stop']);
    // The prototype under #ifdef is a declaration, not a call.
    expect(r.calls).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('records uses of a set outside its definition, such as a filter reading it', () => {
    const r = parse('filter-only.c');
    expect(r.setReferences).toEqual([{ set: 'robot_kfunc_ids_cpu_only', line: 16 }]);
    expect(r.idSets[0]).toMatchObject({ name: 'robot_kfunc_set_any', set: 'robot_kfunc_ids_any', filter: 'robot_kfunc_filter' });
    // Two calls chained with `?:` on consecutive lines.
    expect(r.calls.map((c) => [c.programType, c.line])).toEqual([['BPF_PROG_TYPE_STRUCT_OPS', 29], ['BPF_PROG_TYPE_SYSCALL', 30]]);
  });

  it('reads register_btf_fmodret_id_set calls as fmodret, without a program type', () => {
    const r = parse('fmodret.c');
    expect(r.calls).toEqual([{ kind: 'fmodret', programType: null, idSet: 'drill_fmodret_set', line: 16, conditions: [] }]);
  });

  it('reports malformed input: bad entries, mismatched and missing ends, undefined id sets and sets, stray #endif', () => {
    const r = parse('malformed.c');
    expect(r.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message}`)).toEqual([
      '6 warning registrations-entry-malformed: BTF_ID_FLAGS: first argument is `var`, expected `func`',
      '7 warning registrations-entry-malformed: BTF_ID_FLAGS: flags `(1 << 3)` are not a list of KF_* names joined by |',
      '8 error registrations-set-end-mismatch: BTF_KFUNCS_END(broken_idz) ends set broken_ids started at line 4',
      '10 warning registrations-entry-outside-set: BTF_ID_FLAGS(func, bpf_stray) is outside any BTF_KFUNCS_START … BTF_KFUNCS_END set',
      '12 warning registrations-set-undefined: id set broken_set points at set missing_ids, which is not defined in this file',
      '17 warning registrations-conditional-unbalanced: #endif without #if',
      '21 error registrations-id-set-undefined: id set nowhere_set is registered but not defined in this file',
      '22 warning registrations-call-malformed: register_btf_kfunc_id_set(BPF_PROG_TYPE_XDP, broken_set): expected a program type and &ID_SET',
      '25 warning registrations-conditional-unbalanced: #if without #endif',
      '26 error registrations-set-unterminated: set unterminated_ids has no BTF_KFUNCS_END(unterminated_ids)',
    ]);
    expect(r.sets.map((s) => [s.name, s.endLine])).toEqual([['broken_ids', 8], ['unterminated_ids', null]]);
    expect(r.sets[1].entries).toEqual([{ name: 'bpf_broken_three', flags: [], line: 27, conditions: ['CONFIG_BROKEN'] }]);
  });
});
