import { describe, expect, it } from 'vitest';
import { findFunctionDefinitions, matchKernelDoc, parseKernelDoc } from '../../src/kerneldoc/index.ts';

function check(text: string) {
  const [comment] = parseKernelDoc('f.c', text).comments;
  const def = findFunctionDefinitions('f.c', text).find((d) => d.line === comment.followedBy?.line);
  return matchKernelDoc(comment, def);
}
const c = (...lines: string[]) => lines.join('\n') + '\n';

describe('matchKernelDoc', () => {
  it('says nothing when name and params agree, in any order, with @... for varargs', () => {
    expect(check(c('/**', ' * f() - s', ' * @b: b', ' * @a: a', ' * @...: more', ' */', 'int f(int a, int b, ...)', '{', '}'))).toEqual([]);
  });

  it('reports a comment left on the ___v2 variant, pointing at both places', () => {
    const found = check(c('/**', ' * scx_foo - s', ' * @p: p', ' */', '__bpf_kfunc bool scx_foo___v2(int p)', '{', '}'));
    expect(found).toEqual([
      {
        code: 'kerneldoc-name-mismatch',
        severity: 'warning',
        file: 'f.c',
        line: 2,
        message: 'kernel-doc comment for scx_foo() sits on scx_foo___v2; kernel-doc drops it',
        hint: "name scx_foo___v2 on the comment's first line, or move the comment above scx_foo()",
        related: { file: 'f.c', line: 5, message: 'scx_foo___v2 is declared here' },
      },
    ]);
  });

  it('accepts a comment on the _noprof variant, as kernel-doc does', () => {
    expect(check(c('/**', ' * kfoo() - s', ' */', 'void *kfoo_noprof(void)', '{', '}'))).toEqual([]);
  });

  it('tells misspelled, extra and undocumented params apart', () => {
    const found = check(c('/**', ' * f() - s', ' * @buf: buffer', ' * @lenght: length', ' * @gone: removed', ' */', 'int f(void *buf__sz, u32 length, u64 flags)', '{', '}'));
    expect(found.map((d) => [d.code, d.line, d.message])).toEqual([
      ['kerneldoc-param-misspelled', 3, '@buf in the kernel-doc of f() does not match its parameter buf__sz'],
      ['kerneldoc-param-misspelled', 4, '@lenght in the kernel-doc of f() does not match its parameter length'],
      ['kerneldoc-param-excess', 5, '@gone is described in the kernel-doc of f() but the function has no such parameter'],
      ['kerneldoc-param-undocumented', 2, 'parameter flags of f() is not described in its kernel-doc comment'],
    ]);
    expect(found.every((d) => d.related?.line === 7 && d.hint)).toBe(true);
  });

  it('without a definition, checks the name against whatever follows (a macro here)', () => {
    const text = c('/**', ' * f() - s', ' */', '#define f_unlocked(x) (x)');
    const [comment] = parseKernelDoc('f.c', text).comments;
    expect(matchKernelDoc(comment).map((d) => d.code)).toEqual(['kerneldoc-name-mismatch']);
  });
});
