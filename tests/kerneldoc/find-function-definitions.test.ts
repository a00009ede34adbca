import { describe, expect, it } from 'vitest';
import { findFunctionDefinitions } from '../../src/kerneldoc/index.ts';

const c = (...lines: string[]) => lines.join('\n') + '\n';
const defs = (text: string) => findFunctionDefinitions('f.c', text);

describe('findFunctionDefinitions', () => {
  it('keeps attributes out of the signature and records them', () => {
    const [d] = defs(c('__bpf_kfunc static noinline __weak', 'const struct cpumask *bpf_foo(s32 cpu)', '{', '\treturn NULL;', '}'));
    expect(d).toMatchObject({
      name: 'bpf_foo',
      line: 2,
      returnType: 'const struct cpumask *',
      signature: 'const struct cpumask *bpf_foo(s32 cpu)',
      attributes: ['__bpf_kfunc', 'static', 'noinline', '__weak'],
      hasBpfKfunc: true,
      bodyStartLine: 3,
      bodyEndLine: 5,
      body: '{\n\treturn NULL;\n}',
    });
  });

  it('puts a multi-line prototype on one line with kernel spacing', () => {
    const [d] = defs(c('int bpf_foo(struct bpf_list_head  *head,', '\t\t    struct bpf_list_node*node ,', '\t\t    void * meta__ign, u64 off) {', '}'));
    expect(d.signature).toBe('int bpf_foo(struct bpf_list_head *head, struct bpf_list_node *node, void *meta__ign, u64 off)');
    expect(d.params.map((p) => [p.type, p.name])).toEqual([
      ['struct bpf_list_head *', 'head'],
      ['struct bpf_list_node *', 'node'],
      ['void *', 'meta__ign'],
      ['u64', 'off'],
    ]);
  });

  it('names function-pointer params by what is inside their first parentheses', () => {
    const [d] = defs(c('int f(bool (less)(struct n *a, const struct n *b), int (*cb)(void *), void (*arr[4])(void))', '{', '}'));
    expect(d.params.map((p) => p.name)).toEqual(['less', 'cb', 'arr']);
    expect(d.params[0].type).toBe('bool ()(struct n *a, const struct n *b)');
  });

  it('reads `void`, `...` and unnamed parameters', () => {
    expect(defs(c('int f(void) {}'))[0].params).toEqual([]);
    expect(defs(c('int f() {}'))[0].signature).toBe('int f(void)');
    expect(defs(c('int f(int a, ...) {}'))[0].params.map((p) => p.name)).toEqual(['a', '...']);
    expect(defs(c('int f(unsigned long, struct s *) {}'))[0].params.map((p) => p.name)).toEqual(['', '']);
  });

  it('ignores braces in comments, strings and character literals', () => {
    const found = defs(c('int f(void)', '{', '\t/* } */ // }', '\tchar c = \'}\';', '\tputs("}{");', '}', 'int g(void) { return 0; }'));
    expect(found.map((d) => [d.name, d.bodyStartLine, d.bodyEndLine])).toEqual([
      ['f', 2, 6],
      ['g', 7, 7],
    ]);
  });

  it('finds plain 6.1-style definitions between __diag_push() and __diag_pop()', () => {
    const text = c(
      '__diag_push();',
      '__diag_ignore_all("-Wmissing-prototypes",',
      '\t\t  "Global functions as their definitions will be in BTF");',
      'struct bpf_foo *',
      'bpf_foo_lookup(u64 id)',
      '{',
      '\treturn NULL;',
      '}',
      '__diag_pop();',
    );
    expect(defs(text)).toMatchObject([{ name: 'bpf_foo_lookup', line: 5, hasBpfKfunc: false, attributes: [] }]);
  });

  it('skips initialisers, struct bodies, macro-made functions and macro lines before a definition', () => {
    const text = c(
      'static const struct btf_kfunc_id_set s = {', '\t.owner = THIS_MODULE,', '};',
      'struct foo { int (*cb)(void); };',
      'BPF_CALL_2(bpf_helper, int, a, int, b)', '{', '\treturn 0;', '}',
      'BTF_KFUNCS_START(ids)', 'BTF_ID_FLAGS(func, f)', 'BTF_KFUNCS_END(ids)',
      'static int f(void)', '{', '\treturn 0;', '}',
    );
    expect(defs(text).map((d) => [d.name, d.signature])).toEqual([['f', 'int f(void)']]);
  });

  it('closes a function whose opening differs between #ifdef branches', () => {
    const text = c('#ifdef CONFIG_A', 'int f(int a)', '{', '\tif (a) {', '#else', 'int f(int a)', '{', '\t{', '#endif', '\t}', '}', 'int g(void) {}');
    expect(defs(text).map((d) => [d.name, d.line, d.bodyEndLine])).toEqual([
      ['f', 6, 11],
      ['g', 12, 12],
    ]);
  });

  it('keeps trailing attributes apart too', () => {
    const [d] = defs(c('void f(struct s *s) __acquires(&s->lock) __no_context_analysis', '{', '}'));
    expect(d.attributes).toEqual(['__acquires(&s->lock)', '__no_context_analysis']);
    expect(d.signature).toBe('void f(struct s *s)');
  });
});
