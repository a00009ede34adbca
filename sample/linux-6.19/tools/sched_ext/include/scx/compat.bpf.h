/* SPDX-License-Identifier: GPL-2.0 */
/* kfuncdoc embedded sample: BPF-side compatibility for sample schedulers. */
#ifndef __SCX_COMPAT_BPF_H
#define __SCX_COMPAT_BPF_H

/*
 * bpf_sample_cpu_rq() is deprecated and will be removed in v6.20.
 */
struct rq *bpf_sample_cpu_rq___compat(s32 cpu) __ksym __weak;

/*
 * bpf_sample_dsq_insert() is the new name of bpf_sample_dispatch(), which
 * older kernels have.
 */
int bpf_sample_dsq_insert___compat(struct task_struct *p, u64 dsq_id, u64 slice) __ksym __weak;
int bpf_sample_dispatch___compat(struct task_struct *p, u64 dsq_id, u64 slice) __ksym __weak;

#define bpf_sample_dsq_insert(p, dsq_id, slice)				\
	(bpf_ksym_exists(bpf_sample_dsq_insert___compat) ?			\
	 bpf_sample_dsq_insert___compat(p, dsq_id, slice) :			\
	 bpf_sample_dispatch___compat(p, dsq_id, slice))

#endif /* __SCX_COMPAT_BPF_H */
