/**
 * The file that holds the BPF_PROG_TEST_RUN harness. Every kfunc set it registers exists for the
 * selftests (6.1: `test_sk_check_kfunc_ids`, 24 `bpf_kfunc_call_test*`-style kfuncs; later kernels
 * keep a few release kfuncs there and moved the rest to the selftests' bpf_testmod).
 */
export const TEST_RUN_FILE = 'net/bpf/test_run.c';

/**
 * Whether a set's kfuncs are test-only, decided by where the set is defined: under
 * `tools/testing/` (bpf_testmod and friends) or in net/bpf/test_run.c. Deciding by file rather
 * than by name patterns keeps kfuncs like `bpf_kfunc_call_memb_release` (no `_test` in the name)
 * on the right side, and needs no list to maintain when a test set is added to test_run.c.
 * @example isTestOnlySet('net/bpf/test_run.c') // true
 * @example isTestOnlySet('kernel/bpf/helpers.c') // false
 */
export function isTestOnlySet(file: string): boolean {
  return file.startsWith('tools/testing/') || file === TEST_RUN_FILE;
}
