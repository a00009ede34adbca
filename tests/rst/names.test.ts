import { describe, expect, it } from 'vitest';
import { columnWidth } from '../../src/rst/column-width.ts';
import { expandTabs, sourceColumn } from '../../src/rst/expand-tabs.ts';
import { headingId } from '../../src/rst/heading-id.ts';
import { fullyNormalizeName } from '../../src/rst/normalize-name.ts';
import { splitSectionNumber } from '../../src/rst/section-number.ts';

describe('headingId (docutils make_id)', () => {
  it.each([
    ['3. kfunc lifecycle expectations', 'kfunc-lifecycle-expectations'],
    ['kfunc lifecycle expectations', 'kfunc-lifecycle-expectations'],
    ['2.2.4 __opt Annotation', 'opt-annotation'],
    ['2.4.4 KF_TRUSTED_ARGS flag', 'kf-trusted-args-flag'],
    ['4.1 struct task_struct * kfuncs', 'struct-task-struct-kfuncs'],
    ['BPF_kfunc_lifecycle_expectations', 'bpf-kfunc-lifecycle-expectations'],
    ['BPF Kernel Functions (kfuncs)', 'bpf-kernel-functions-kfuncs'],
    ['Høiland Straße é', 'hoiland-strasze-e'],
    ['64-bit arithmetic', 'bit-arithmetic'],
    ['1.', ''],
  ])('%s → %s', (title, id) => expect(headingId(title)).toBe(id));
});

describe('fullyNormalizeName', () => {
  it('lower-cases and collapses whitespace', () => {
    expect(fullyNormalizeName('  Widget\n   Deprecation ')).toBe('widget deprecation');
    expect(fullyNormalizeName('KF_deprecated_flag')).toBe('kf_deprecated_flag');
  });
});

describe('splitSectionNumber', () => {
  it.each([
    ['2.5.8 KF_DEPRECATED flag', '2.5.8', 'KF_DEPRECATED flag', ' ', false],
    ['3. kfunc lifecycle expectations', '3', 'kfunc lifecycle expectations', ' ', true],
    ['2.7  Specifying no-cast aliases', '2.7', 'Specifying no-cast aliases', '  ', false],
    ['Introduction', null, 'Introduction', '', false],
    ['64-bit arithmetic', null, '64-bit arithmetic', '', false],
    ['2024', null, '2024', '', false],
  ])('%s', (raw, number, title, separator, trailingDot) => {
    expect(splitSectionNumber(raw)).toEqual({ number, title, separator, trailingDot });
  });
});

describe('columns', () => {
  it('measures wide and combining characters as docutils does', () => {
    expect(columnWidth('abc')).toBe(3);
    expect(columnWidth('e\u0301')).toBe(1);
    expect(columnWidth('表')).toBe(2);
  });
  it('expands tabs to 8 and maps columns back', () => {
    expect(expandTabs('\t* x')).toBe('        * x');
    expect(expandTabs('ab\tc')).toBe('ab      c');
    expect(sourceColumn('\t* x', 9)).toBe(2);
    expect(sourceColumn('ab\tc', 9)).toBe(4);
    expect(sourceColumn('no tabs', 4)).toBe(4);
  });
});
