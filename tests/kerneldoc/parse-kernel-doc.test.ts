import { describe, expect, it } from 'vitest';
import { parseKernelDoc } from '../../src/kerneldoc/index.ts';

/** Joins lines so each test shows its comment the way it sits in a C file. */
const c = (...lines: string[]) => lines.join('\n') + '\n';

function only(text: string) {
  const { comments, diagnostics } = parseKernelDoc('f.c', text);
  expect(comments).toHaveLength(1);
  return { ...comments[0], diagnostics };
}

describe('parseKernelDoc: identifier line and summary', () => {
  it('continues the summary on the following lines until a blank line or a param', () => {
    const doc = only(c('/**', ' * bpf_foo() - first part', ' *   of the summary', ' * @x: an x', ' */', 'int bpf_foo(int x);'));
    expect(doc).toMatchObject({ kind: 'function', name: 'bpf_foo', summary: 'first part of the summary', line: 1, nameLine: 2, endLine: 5 });
    expect(doc.params).toEqual([{ name: 'x', description: 'an x', line: 4 }]);
  });

  it('accepts `name - summary`, `name: summary` and `type *name() - summary`', () => {
    for (const head of [' * bpf_foo - s', ' * bpf_foo: s', ' * void *bpf_foo() - s', ' *\tbpf_foo - s']) {
      expect(only(c('/**', head, ' */', 'void *bpf_foo(void);'))).toMatchObject({ name: 'bpf_foo', summary: 's' });
    }
  });

  it('reads struct, union, enum and DOC comments with their kind', () => {
    expect(only(c('/**', ' * struct bpf_foo - a foo', ' * @a: member a', ' */', 'struct bpf_foo { int a; };'))).toMatchObject({
      kind: 'struct',
      name: 'bpf_foo',
      params: [{ name: 'a', description: 'member a', line: 3 }],
      followedBy: { name: 'bpf_foo', kind: 'struct', line: 5 },
    });
    expect(only(c('/**', ' * DOC: Foo overview', ' *', ' * Text.', ' */'))).toMatchObject({ kind: 'doc', name: 'Foo overview', description: 'Text.' });
  });

  it('reports a comment that opens with /** but is not kernel-doc, and skips it', () => {
    const { comments, diagnostics } = parseKernelDoc('f.c', c('/**', ' * Just some words here.', ' */', 'int x;'));
    expect(comments).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'kerneldoc-not-kerneldoc', line: 2 }]);
  });

  it('only opens a comment on a line holding nothing but /** at column 0, as kernel-doc does', () => {
    const text = c('/** bpf_foo() - one line */', 'int bpf_foo(void);', '\t/**', '\t * bpf_bar() - indented', '\t */', 'int bpf_bar(void);');
    expect(parseKernelDoc('f.c', text).comments).toEqual([]);
  });
});

describe('parseKernelDoc: params', () => {
  it('dedents multi-line descriptions in both kernel styles', () => {
    const doc = only(
      c('/**', ' * f() - s', ' * @aligned: first line', ' *           second line', ' * @tabbed:', ' *\tfirst line', ' *\tsecond line', ' */', 'void f(int aligned, int tabbed);'),
    );
    expect(doc.params.map((p) => p.description)).toEqual(['first line\nsecond line', 'first line\nsecond line']);
  });

  it('keeps params in the order written, whatever the prototype order', () => {
    const doc = only(c('/**', ' * f() - s', ' * @b: bee', ' * @a: ay', ' */', 'void f(int a, int b);'));
    expect(doc.params.map((p) => p.name)).toEqual(['b', 'a']);
  });

  it('reads @... for variable arguments and keeps kfunc suffixes in names', () => {
    const doc = only(c('/**', ' * f() - s', ' * @fmt__str: format', ' * @...: arguments', ' */', 'void f(const char *fmt__str, ...);'));
    expect(doc.params.map((p) => p.name)).toEqual(['fmt__str', '...']);
  });

  it('keeps the last text of a param written twice, and says so', () => {
    const doc = only(c('/**', ' * f() - s', ' * @a: one', ' * @a: two', ' */', 'void f(int a);'));
    expect(doc.params).toEqual([{ name: 'a', description: 'two', line: 4 }]);
    expect(doc.diagnostics).toMatchObject([{ code: 'kerneldoc-duplicate', line: 4, related: { line: 3 } }]);
  });
});

describe('parseKernelDoc: sections', () => {
  it('names Return, Returns and @return all "Return"', () => {
    for (const heading of ['Return:', 'Returns:', 'RETURNS:', '@return:']) {
      expect(only(c('/**', ' * f() - s', ' *', ` * ${heading} 0 on success.`, ' */', 'int f(void);')).returns).toBe('0 on success.');
    }
  });

  it('ends Return and Context at a blank line but not Note; later text goes to Description', () => {
    const doc = only(
      c('/**', ' * f() - s', ' *', ' * Intro.', ' *', ' * Return: zero.', ' *', ' * More description.', ' *', ' * Note: a note', ' *', ' * still the note.', ' */', 'int f(void);'),
    );
    expect(doc.sections.map((s) => [s.name, s.text])).toEqual([
      ['Description', 'Intro.\n\nMore description.'],
      ['Return', 'zero.'],
      ['Note', 'a note\n\nstill the note.'],
    ]);
    expect(doc.description).toBe('Intro.\n\nMore description.');
  });

  it('starts sections only for the names kernel-doc knows; other `Word:` lines and `Example::` stay text', () => {
    const doc = only(c('/**', ' * f() - s', ' *', ' * Caveat: not a heading.', ' * Example::', ' *', ' *   f();', ' */', 'int f(void);'));
    expect(doc.sections.map((s) => s.name)).toEqual(['Description']);
    expect(doc.description).toBe('Caveat: not a heading.\nExample::\n\n  f();');
  });

  it('keeps markup and HTML as written: escaping and cross-references are the renderer’s job', () => {
    const doc = only(c('/**', ' * f() - takes &struct bpf_foo', ' *', ' * Returns %NULL for @p; see g(). <script>x()</script>', ' */', 'int f(void *p);'));
    expect(doc.summary).toBe('takes &struct bpf_foo');
    expect(doc.description).toBe('Returns %NULL for @p; see g(). <script>x()</script>');
  });

  it('ends a param at a blank line (7.x); the Perl kernel-doc of 6.x keeps an indented paragraph in it', () => {
    // Seen in 6.12's kfunc files once (sk_filter_release, net/core/filter.c): the real-tree suite
    // reads each tree with the dialect of the kernel-doc it carries.
    const text = c('/**', ' * f() - s', ' * @a: the a', ' *', ' *\tMore about a.', ' * Text.', ' */', 'void f(int a);');
    const python = only(text);
    expect(python.params[0].description).toBe('the a');
    expect(python.description).toBe('     More about a.\nText.');
    const perl = parseKernelDoc('f.c', text, { dialect: 'perl' }).comments[0];
    expect(perl.params[0].description).toBe('the a\n\nMore about a.');
    expect(perl.description).toBe('Text.');
  });

  it('in the Perl dialect, ends Note and Return at the next unindented line after a blank line', () => {
    const text = c('/**', ' * f() - s', ' *', ' * Note: a note', ' *', ' * Description again.', ' * Return: zero', ' *         or one', ' */', 'int f(void);');
    const perl = parseKernelDoc('f.c', text, { dialect: 'perl' }).comments[0];
    expect(perl.sections.map((x) => [x.name, x.text])).toEqual([
      ['Note', 'a note'],
      ['Description', 'Description again.'],
      ['Return', 'zero\n        or one'],
    ]);
    // 7.x: Note reads on through the blank line, and Return loses the continuation indent.
    expect(only(text).sections.map((x) => [x.name, x.text])).toEqual([
      ['Note', 'a note\n\nDescription again.'],
      ['Return', 'zero\nor one'],
    ]);
  });

  it('in the Perl dialect, takes only `@return` for Return and gives up on a first line naming nothing', () => {
    const perl = (text: string) => parseKernelDoc('f.c', text, { dialect: 'perl' });
    expect(perl(c('/**', ' * f() - s', ' * @returns: x', ' */', 'int f(void);')).comments[0].params.map((p) => p.name)).toEqual(['returns']);
    const blankFirst = c('/**', ' *', ' * f() - s', ' */', 'int f(void);');
    expect(perl(blankFirst).comments).toEqual([]);
    expect(parseKernelDoc('f.c', blankFirst).comments.map((x) => x.name)).toEqual(['f']);
  });

  it('warns about text before the closing */, which kernel-doc drops', () => {
    const doc = only(c('/**', ' * f() - s', ' * dropped*/', 'void f(void);'));
    expect(doc.diagnostics).toMatchObject([{ code: 'kerneldoc-text-on-end-line', line: 3 }]);
  });
});

describe('parseKernelDoc: the declaration that follows', () => {
  it('skips #if lines, other comments and attribute macros, as kernel-doc does', () => {
    const doc = only(c('/**', ' * f() - s', ' */', '#ifdef CONFIG_X', '/* plain */', '__printf(1, 2)', 'static int f(const char *fmt, ...)', '{', '}'));
    expect(doc.followedBy).toEqual({ name: 'f', line: 7, kind: 'function' });
  });

  it('takes a #define right after the comment as the documented thing', () => {
    expect(only(c('/**', ' * f() - s', ' */', '#define f_fast(x) (x)', 'int f(int x);')).followedBy).toEqual({ name: 'f_fast', line: 4, kind: 'macro' });
  });

  it('takes a macro call without a semicolon as the documented name, as kernel-doc does', () => {
    expect(only(c('/**', ' * f() - s', ' */', 'BTF_ID_LIST(ids)', 'int f(void)', '{', '}')).followedBy).toEqual({ name: 'BTF_ID_LIST', line: 4, kind: 'other' });
  });

  it('tells prototypes from definitions and reads SYSCALL_DEFINEn as sys_name', () => {
    expect(only(c('/**', ' * f() - s', ' */', 'int f(void);')).followedBy?.kind).toBe('prototype');
    expect(only(c('/**', ' * sys_foo - s', ' */', 'SYSCALL_DEFINE1(foo, int, x)', '{', '}')).followedBy).toMatchObject({ name: 'sys_foo' });
  });

  it('does not open a new comment inside the declaration kernel-doc is still reading', () => {
    const text = c('/**', ' * struct s - s', ' */', 'struct s {', '/**', ' * @a: inline member doc', ' */', '\tint a;', '};');
    expect(parseKernelDoc('f.c', text).comments.map((x) => x.name)).toEqual(['s']);
  });
});
