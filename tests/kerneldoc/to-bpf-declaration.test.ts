/**
 * KF_IMPLICIT_ARGS (7.2+): resolve_btfids gives BPF programs a prototype cut at the first pointer
 * to `struct bpf_prog_aux` or `struct btf_struct_meta`. Between 6.12 and 7.2 the kernel added such
 * arguments to kfuncs that existed before (scx_bpf_kick_cpu and 21 other sched_ext kfuncs) and
 * replaced `_impl` kfuncs whose programs passed `void *aux__ign` themselves
 * (bpf_wq_set_callback_impl → bpf_wq_set_callback). The prototypes below are written after those
 * trees; the real-tree suite checks the same on the trees themselves.
 */
import { describe, expect, it } from 'vitest';
import { findFunctionDefinitions, toBpfDeclaration } from '../../src/kerneldoc/index.ts';

const def = (prototype: string) => findFunctionDefinitions('f.c', `__bpf_kfunc ${prototype}\n{\n}\n`)[0];
const IMPLICIT = ['KF_IMPLICIT_ARGS'];

describe('toBpfDeclaration', () => {
  it('writes the extern declaration a BPF program uses', () => {
    expect(toBpfDeclaration(def('void *bpf_obj_new_impl(u64 local_type_id__k, void *meta__ign)'), ['KF_ACQUIRE', 'KF_RET_NULL'])).toBe(
      'extern void *bpf_obj_new_impl(u64 local_type_id__k, void *meta__ign) __ksym __weak;',
    );
    expect(toBpfDeclaration(def('void bpf_rcu_read_lock(void)'), [])).toBe('extern void bpf_rcu_read_lock(void) __ksym __weak;');
  });

  it('leaves out the arguments the verifier supplies, so 6.12 → 7.2 shows no signature change', () => {
    const v612 = def('void scx_bpf_kick_cpu(s32 cpu, u64 flags)');
    const v72 = def('void scx_bpf_kick_cpu(s32 cpu, u64 flags, const struct bpf_prog_aux *aux)');
    expect(v72.signature).not.toBe(v612.signature);
    expect(toBpfDeclaration(v72, IMPLICIT)).toBe(toBpfDeclaration(v612, []));
    expect(toBpfDeclaration(v72, IMPLICIT)).toBe('extern void scx_bpf_kick_cpu(s32 cpu, u64 flags) __ksym __weak;');
  });

  it('cuts at the first implicit argument, dropping what follows it too', () => {
    const push = def('int bpf_list_push_front(struct bpf_list_head *head, struct bpf_list_node *node, struct btf_struct_meta *meta, u64 off)');
    expect(toBpfDeclaration(push, IMPLICIT)).toBe('extern int bpf_list_push_front(struct bpf_list_head *head, struct bpf_list_node *node) __ksym __weak;');
    const wq = def('int bpf_wq_set_callback(struct bpf_wq *wq, int (callback_fn)(void *map, int *key, void *value), unsigned int flags, struct bpf_prog_aux *aux)');
    expect(toBpfDeclaration(wq, IMPLICIT)).toBe(
      'extern int bpf_wq_set_callback(struct bpf_wq *wq, int (callback_fn)(void *map, int *key, void *value), unsigned int flags) __ksym __weak;',
    );
    expect(toBpfDeclaration(def('u32 scx_bpf_dispatch_nr_slots(const struct bpf_prog_aux *aux)'), IMPLICIT)).toBe(
      'extern u32 scx_bpf_dispatch_nr_slots(void) __ksym __weak;',
    );
  });

  it('keeps implicit-looking arguments without the flag, and `void *aux__ign` with it (6.12 style: the program passes NULL)', () => {
    const task = def('int bpf_task_work_schedule_signal(struct task_struct *task, struct bpf_task_work *tw, void *map__map, bpf_task_work_callback_t callback, struct bpf_prog_aux *aux)');
    expect(toBpfDeclaration(task, [])).toContain('struct bpf_prog_aux *aux');
    expect(toBpfDeclaration(task, IMPLICIT)).toBe(
      'extern int bpf_task_work_schedule_signal(struct task_struct *task, struct bpf_task_work *tw, void *map__map, bpf_task_work_callback_t callback) __ksym __weak;',
    );
    const old = def('int bpf_wq_set_callback_impl(struct bpf_wq *wq, int (callback_fn)(void *map, int *key, void *value), unsigned int flags, void *aux__ign)');
    expect(toBpfDeclaration(old, IMPLICIT)).toContain('void *aux__ign');
  });

  it('does not take a pointer-to-pointer or another struct for an implicit argument', () => {
    expect(toBpfDeclaration(def('int f(struct bpf_prog_aux **pp, struct bpf_prog *prog)'), IMPLICIT)).toBe(
      'extern int f(struct bpf_prog_aux **pp, struct bpf_prog *prog) __ksym __weak;',
    );
  });
});
