// SPDX-License-Identifier: GPL-2.0
/* kfuncdoc embedded sample: a modular kfunc set for XDP and TC programs. */
#include <linux/bpf.h>
#include <linux/btf.h>
#include <linux/btf_ids.h>
#include <linux/module.h>
#include <net/sample_ct.h>

__bpf_kfunc_start_defs();

/**
 * bpf_sample_ct_lookup - Look up a sample connection tracking entry
 * @xdp_ctx: The XDP context of the calling program.
 * @tuple: The tuple to look up.
 * @tuple__sz: Size of @tuple, sizeof(&struct bpf_sample_tuple).
 * @netns__k: Network namespace id, or %BPF_F_CURRENT_NETNS.
 * @opts__nullable: Lookup options, or %NULL for the defaults.
 *
 * Return: A referenced entry, to be released with bpf_sample_ct_release(),
 * or %NULL if there is none.
 */
__bpf_kfunc struct sample_ct *
bpf_sample_ct_lookup(struct xdp_md *xdp_ctx, struct bpf_sample_tuple *tuple,
		     u32 tuple__sz, s32 netns__k,
		     struct bpf_sample_ct_opts *opts__nullable)
{
	struct xdp_buff *ctx = (struct xdp_buff *)xdp_ctx;

	if (tuple__sz != sizeof(*tuple))
		return NULL;
	return sample_ct_find(dev_net(ctx->rxq->dev), tuple, netns__k,
			      opts__nullable);
}

/**
 * bpf_sample_ct_release - Release an entry returned by bpf_sample_ct_lookup()
 * @ct: The entry to release.
 */
__bpf_kfunc void bpf_sample_ct_release(struct sample_ct *ct)
{
	sample_ct_put(ct);
}

__bpf_kfunc_end_defs();

BTF_KFUNCS_START(sample_ct_kfunc_ids)
BTF_ID_FLAGS(func, bpf_sample_ct_lookup, KF_ACQUIRE | KF_RET_NULL)
BTF_ID_FLAGS(func, bpf_sample_ct_release, KF_RELEASE)
BTF_KFUNCS_END(sample_ct_kfunc_ids)

static const struct btf_kfunc_id_set sample_ct_kfunc_set = {
	.owner = THIS_MODULE,
	.set   = &sample_ct_kfunc_ids,
};

static int __init sample_ct_init(void)
{
	int ret;

	ret = register_btf_kfunc_id_set(BPF_PROG_TYPE_XDP, &sample_ct_kfunc_set);
	if (ret)
		return ret;
	return register_btf_kfunc_id_set(BPF_PROG_TYPE_SCHED_CLS,
					 &sample_ct_kfunc_set);
}
module_init(sample_ct_init);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kfuncdoc sample connection tracking kfuncs");
