// SPDX-License-Identifier: GPL-2.0
/* kfuncdoc embedded sample: a selftest kfunc registered from test_run.c. */
#include <linux/bpf.h>
#include <linux/btf.h>
#include <linux/btf_ids.h>

__bpf_kfunc_start_defs();

__bpf_kfunc u64 bpf_kfunc_call_test_sample(u64 a, u32 b)
{
	return a + b;
}

__bpf_kfunc_end_defs();

BTF_KFUNCS_START(test_sk_check_kfunc_ids)
BTF_ID_FLAGS(func, bpf_kfunc_call_test_sample)
BTF_KFUNCS_END(test_sk_check_kfunc_ids)

static const struct btf_kfunc_id_set bpf_prog_test_kfunc_set = {
	.owner = THIS_MODULE,
	.set   = &test_sk_check_kfunc_ids,
};

static int __init bpf_prog_test_run_init(void)
{
	return register_btf_kfunc_id_set(BPF_PROG_TYPE_SCHED_CLS,
					 &bpf_prog_test_kfunc_set);
}
late_initcall(bpf_prog_test_run_init);
