// SPDX-License-Identifier: GPL-2.0
/* kfuncdoc embedded sample: generic and scheduler kfuncs. */
#include <linux/bpf.h>
#include <linux/btf.h>
#include <linux/btf_ids.h>
#include <linux/sched.h>
#include "sample_dsq.h"

/**
 * DOC: sample kfunc families
 *
 * The sample kfuncs come in two families:
 *
 * 1. Task kfuncs, which take and drop references with
 *    bpf_sample_task_acquire() and bpf_sample_task_release().
 *
 * 2. Scheduler kfuncs, which a sched_ext scheduler calls from its
 *    %SCX_OPS callbacks.
 */

__bpf_kfunc_start_defs();

/**
 * bpf_sample_task_acquire - Take a reference on a task
 * @p: The task on which to take the reference.
 *
 * The reference must be dropped with bpf_sample_task_release(), or the
 * program is rejected when it is loaded.
 *
 * Return: @p with one more reference, or %NULL if @p is exiting.
 */
__bpf_kfunc struct task_struct *bpf_sample_task_acquire(struct task_struct *p)
{
	if (refcount_inc_not_zero(&p->rcu_users))
		return p;
	return NULL;
}

/**
 * bpf_sample_task_release - Drop a reference taken on a task
 * @p: The task returned by bpf_sample_task_acquire().
 */
__bpf_kfunc void bpf_sample_task_release(struct task_struct *p)
{
	put_task_struct_rcu_user(p);
}

/**
 * bpf_sample_map_sum - Add up the values of an array map
 * @map: The array map; its values must be &u64.
 * @nr__k: How many leading elements to add, a constant.
 *
 * Return: The sum, or 0 if @map is not an array of &u64.
 */
__bpf_kfunc u64 bpf_sample_map_sum(struct bpf_map *map, u32 nr__k)
{
	u64 sum = 0;
	u32 i;

	if (map->map_type != BPF_MAP_TYPE_ARRAY || map->value_size != sizeof(u64))
		return 0;
	for (i = 0; i < nr__k && i < map->max_entries; i++)
		sum += *(u64 *)map->ops->map_lookup_elem(map, &i);
	return sum;
}

#ifdef CONFIG_BPF_SAMPLE_COMM
/**
 * bpf_sample_comm_match - Match a task's command name against a pattern
 * @p: The task whose &task_struct.comm is matched.
 * @pattern__str: A constant pattern in which ``*`` matches any run of
 *		  characters. Matching is byte-wise: <script>alert(1)</script>
 *		  matches only itself.
 *
 * Return: true if the command name matches @pattern__str.
 */
__bpf_kfunc bool bpf_sample_comm_match(struct task_struct *p,
				       const char *pattern__str)
{
	return glob_match(pattern__str, p->comm);
}
#endif /* CONFIG_BPF_SAMPLE_COMM */

/**
 * bpf_sample_dsq_insert - Queue a task on a dispatch queue
 * @p: The task to queue.
 * @dsq_id: The dispatch queue, or %SAMPLE_DSQ_LOCAL for the local CPU.
 * @slice: Time slice in nanoseconds; 0 keeps the current one.
 *
 * Typical use from a scheduler's enqueue callback::
 *
 *	bpf_sample_dsq_insert(p, SAMPLE_DSQ_LOCAL, 0);
 *
 * Return: 0 on success, -ENOENT if @dsq_id does not exist.
 */
__bpf_kfunc int bpf_sample_dsq_insert(struct task_struct *p, u64 dsq_id,
				      u64 slice)
{
	return sample_dsq_queue(p, dsq_id, slice);
}

/**
 * bpf_sample_cpu_curr - Get the task running on a CPU
 * @cpu: CPU to look at.
 *
 * The caller must hold the RCU read lock: the task may exit as soon as it
 * is dropped.
 *
 * Return: The task running on @cpu, or %NULL if @cpu is not a possible CPU.
 */
__bpf_kfunc struct task_struct *bpf_sample_cpu_curr(s32 cpu)
{
	if (!cpu_possible(cpu))
		return NULL;
	return rcu_dereference(cpu_rq(cpu)->curr);
}

/**
 * bpf_sample_prog_runs - Count the runs of the calling program
 * @aux: The calling program, supplied by the verifier.
 *
 * Return: How many times the calling program has run.
 */
__bpf_kfunc u64 bpf_sample_prog_runs(const struct bpf_prog_aux *aux)
{
	return atomic64_read(&aux->sample_runs);
}

__bpf_kfunc_end_defs();

BTF_KFUNCS_START(sample_common_kfunc_ids)
BTF_ID_FLAGS(func, bpf_sample_task_acquire, KF_ACQUIRE | KF_RET_NULL)
BTF_ID_FLAGS(func, bpf_sample_task_release, KF_RELEASE)
BTF_ID_FLAGS(func, bpf_sample_map_sum, KF_RCU | KF_SLEEPABLE)
#ifdef CONFIG_BPF_SAMPLE_COMM
BTF_ID_FLAGS(func, bpf_sample_comm_match, KF_RCU)
#endif
BTF_ID_FLAGS(func, bpf_sample_prog_runs, KF_IMPLICIT_ARGS)
BTF_KFUNCS_END(sample_common_kfunc_ids)

static const struct btf_kfunc_id_set sample_common_kfunc_set = {
	.owner = THIS_MODULE,
	.set   = &sample_common_kfunc_ids,
};

BTF_KFUNCS_START(sample_sched_kfunc_ids)
BTF_ID_FLAGS(func, bpf_sample_dsq_insert, KF_RCU)
BTF_ID_FLAGS(func, bpf_sample_cpu_curr, KF_RET_NULL | KF_RCU)
BTF_KFUNCS_END(sample_sched_kfunc_ids)

static const struct btf_kfunc_id_set sample_sched_kfunc_set = {
	.owner = THIS_MODULE,
	.set   = &sample_sched_kfunc_ids,
};

static int __init sample_kfuncs_init(void)
{
	return register_btf_kfunc_id_set(BPF_PROG_TYPE_UNSPEC,
					 &sample_common_kfunc_set) ?:
	       register_btf_kfunc_id_set(BPF_PROG_TYPE_STRUCT_OPS,
					 &sample_sched_kfunc_set);
}
late_initcall(sample_kfuncs_init);
