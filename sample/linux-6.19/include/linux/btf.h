/* SPDX-License-Identifier: GPL-2.0 */
/* kfuncdoc embedded sample: the kfunc part of a kernel-style btf.h. */
#ifndef _LINUX_BTF_H
#define _LINUX_BTF_H 1

#include <linux/types.h>

/*
 * Flags carried by a BTF_ID_FLAGS() entry; the verifier reads them when it
 * checks a call. Documentation/bpf/kfuncs.rst explains each of them.
 */
#define KF_ACQUIRE	(1 << 0) /* returns a pointer holding a reference */
#define KF_RELEASE	(1 << 1) /* drops the reference passed to it */
#define KF_RET_NULL	(1 << 2) /* may return NULL */
#define KF_TRUSTED_ARGS	(1 << 4) /* pointer arguments must be trusted */
#define KF_SLEEPABLE	(1 << 5) /* may sleep */
#define KF_RCU		(1 << 7) /* pointer arguments may be RCU protected */

struct btf_id_set8;

typedef int (*btf_kfunc_filter_t)(const struct bpf_prog *prog, u32 kfunc_id);

struct btf_kfunc_id_set {
	struct module *owner;
	struct btf_id_set8 *set;
	btf_kfunc_filter_t filter;
};

int register_btf_kfunc_id_set(enum bpf_prog_type prog_type,
			      const struct btf_kfunc_id_set *s);

#endif /* _LINUX_BTF_H */
