import { describe, expect, it } from 'vitest';
import { collectCallSites, findCalls } from '../../src/pipeline/call-sites.ts';
import { openParseCache } from '../../src/pipeline/parse-cache.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';

describe('call sites', () => {
  it('finds the first call of each name in a file, not in comments or macro definitions', () => {
    const text = ['// bpf_skip(x)', '#define WRAP(x) bpf_macro(x)', 'int f(void) {', '\tbpf_task_acquire(p);', '\tbpf_task_acquire(q);', '}'].join('\n');
    expect(findCalls(text)).toEqual([
      ['f', 3, 'int f(void) {'],
      ['bpf_task_acquire', 4, 'bpf_task_acquire(p);'],
    ]);
  });

  it('reads the selftest programs and sched_ext schedulers only, at most five sites per name', async () => {
    const progs = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`tools/testing/selftests/bpf/progs/p${i}.c`, `void f(void) { bpf_x(${i}); }`]));
    const tree = memoryTree({
      ...progs,
      'tools/sched_ext/scx_simple.bpf.c': 'void g(void) { scx_bpf_dsq_insert(p, 0, 0, 0); }',
      'tools/sched_ext/scx_simple.c': 'int main(void) { scx_bpf_dsq_insert(); }',
      'kernel/bpf/helpers.c': 'void h(void) { bpf_x(1); }',
    });
    const sites = await collectCallSites(tree, openParseCache(undefined, 'test', '1'));
    expect(sites.get('bpf_x')).toHaveLength(5);
    expect(sites.get('scx_bpf_dsq_insert')).toEqual([{ file: 'tools/sched_ext/scx_simple.bpf.c', line: 1, text: 'void g(void) { scx_bpf_dsq_insert(p, 0, 0, 0); }' }]);
  });
});

describe('call sites are calls', () => {
  it('leaves out extern __ksym declarations', () => {
    const text = 'extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;\nint f(void) { bpf_task_acquire(p); }\n';
    expect(findCalls(text).map(([name, line]) => [name, line])).toEqual([['f', 2], ['bpf_task_acquire', 2]]);
  });
});
