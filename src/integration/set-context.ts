/**
 * What a kfunc set's name says about where its kfuncs may be called, in words. sched_ext names
 * its sets after the callbacks allowed to call them (`scx_kfunc_ids_dispatch`).
 * @example setContext('scx_kfunc_ids_select_cpu') // 'from ops.select_cpu()'
 */
export function setContext(set: string): string | undefined {
  const m = /_kfunc_ids_(\w+)$/.exec(set);
  if (!m) return undefined;
  const words: Record<string, string> = {
    dispatch: 'from ops.dispatch()',
    enqueue_dispatch: 'from ops.enqueue() and ops.dispatch()',
    select_cpu: 'from ops.select_cpu()',
    cpu_release: 'from ops.cpu_release()',
    unlocked: 'where no run-queue lock is held (ops.init(), ops.exit(), syscall programs)',
    any: 'from any context',
    ops_only: 'from sched_ext callbacks only',
    idle: 'from callbacks that may pick idle CPUs',
  };
  return words[m[1]] ?? undefined;
}
