import { describe, expect, it } from 'vitest';
import { bitOf, parseKfFlags } from '../../src/registrations/index.ts';
import { readFixture } from './read-fixture.ts';

describe('parseKfFlags', () => {
  const flags = parseKfFlags('include/linux/gizmo.h', readFixture('kf-flags.h'));

  it('reads every KF_* #define with its bit, value, line and trailing comment, and none from comments', () => {
    expect(flags.map((f) => [f.name, f.bit, f.value, f.line, f.comment])).toEqual([
      ['KF_ACQUIRE', 0, '(1 << 0)', 6, 'kfunc is an acquire function'],
      ['KF_RELEASE', 1, '(1 << 1)', 7, 'kfunc is a release function'],
      ['KF_SLEEPABLE', 5, '(1 << 5)', 15, 'kfunc may sleep'],
      ['KF_ODD_BIT', 9, 'BIT(9)', 17, ''],
      ['KF_MASK', null, '(KF_ACQUIRE | KF_RELEASE)', 18, ''],
      ['KF_SPACED', 10, '(1 << 10)', 20, 'a C++-style trailing comment'],
    ]);
  });

  it('keeps the comment block just above a define, margins removed, as leadingComment', () => {
    const byName = Object.fromEntries(flags.map((f) => [f.name, f.leadingComment]));
    expect(byName.KF_ACQUIRE).toBe('These need to be macros, as the expressions are used in assembler input');
    expect(byName.KF_RELEASE).toBeUndefined();
    expect(byName.KF_SLEEPABLE).toBe([
      'Trusted arguments are guaranteed to be valid when passed to the kfunc.',
      '',
      'Consider:',
      '',
      '\tBTF_ID_FLAGS(func, bpf_gizmo_acquire, KF_ACQUIRE)',
      '\t#define KF_NOT_A_FLAG (1 << 30)',
    ].join('\n'));
    expect(byName.KF_ODD_BIT).toBe('one-line comment above');
    // A blank line separates KF_SPACED from the define before it: no leading comment.
    expect(byName.KF_SPACED).toBeUndefined();
  });

  it('reads single-bit values only', () => {
    expect([bitOf('(1 << 4)'), bitOf('1<<2'), bitOf('(1U << 7)'), bitOf('BIT(3)'), bitOf('BIT_ULL(40)'), bitOf('KF_A | KF_B'), bitOf('0x10')])
      .toEqual([4, 2, 7, 3, 40, null, null]);
  });
});
