/**
 * What marks a C file as one kfuncdoc must read: it registers kfuncs (sets, id sets, calls),
 * or defines them (`__bpf_kfunc` from 6.3 on; 6.1's kfuncs sit between `__diag_push()` and
 * `__diag_pop()` under the "Global functions as their definitions will be in vmlinux BTF" note).
 */
export const SCAN_NEEDLES = [
  'BTF_ID_FLAGS',
  'BTF_KFUNCS_START',
  'BTF_SET8_START',
  'btf_kfunc_id_set',
  '__bpf_kfunc',
  'definitions will be in',
] as const;
