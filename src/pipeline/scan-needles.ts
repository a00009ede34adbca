/**
 * What marks a C file as one kfuncdoc must read: it registers kfuncs (sets, id sets, calls) or
 * defines them (`__bpf_kfunc` from 6.3 on). 6.1's plain definitions are found next to their
 * registrations (see find-nearby-definitions.ts): the three 6.1 files that mark definitions
 * with "Global functions as their definitions will be in … BTF" all register kfuncs too.
 */
export const SCAN_NEEDLES = ['BTF_ID_FLAGS', 'BTF_KFUNCS_START', 'BTF_SET8_START', 'btf_kfunc_id_set', '__bpf_kfunc'] as const;

/** Every needle contains one of these; Buffer#indexOf finds them ~30× faster than the needles. */
export const SCAN_PREFILTER = ['BTF_', 'kfunc'] as const;
