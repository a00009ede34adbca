/**
 * The declaration a BPF program writes for a kfunc. Under `KF_IMPLICIT_ARGS` (7.2+) the verifier
 * supplies some arguments itself; resolve_btfids (tools/bpf/resolve_btfids/main.c) builds the
 * BPF-visible prototype by cutting the parameter list at the first pointer to
 * `struct bpf_prog_aux` or `struct btf_struct_meta` (qualifiers ignored), so everything from
 * there on — including a later `u64 off` — is not passed by the program. kfuncs.rst names only
 * `struct bpf_prog_aux *`; the tool is what the kernel builds with.
 */
import { formatSignature } from './find-function-definitions.ts';
import type { FunctionDefinition, FunctionParam } from './types.ts';

const IMPLICIT_STRUCTS = new Set(['bpf_prog_aux', 'btf_struct_meta']);
const QUALIFIERS = /\b(?:const|volatile|restrict|__restrict)\b/g;

/** Index of the first parameter the verifier supplies, or -1 when the program passes them all. */
export function implicitArgsStart(params: readonly FunctionParam[]): number {
  return params.findIndex((p) => {
    const m = /^struct (\w+) \*$/.exec(p.type.replace(QUALIFIERS, ' ').replace(/\s+/g, ' ').trim());
    return m !== null && IMPLICIT_STRUCTS.has(m[1]);
  });
}

/**
 * @example
 * toBpfDeclaration(bpfWqSetCallback, ['KF_IMPLICIT_ARGS'])
 * // → 'extern int bpf_wq_set_callback(struct bpf_wq *wq, int (callback_fn)(void *map, int *key, void *value), unsigned int flags) __ksym __weak;'
 */
export function toBpfDeclaration(def: FunctionDefinition, flags: readonly string[]): string {
  const cut = flags.includes('KF_IMPLICIT_ARGS') ? implicitArgsStart(def.params) : -1;
  const params = cut < 0 ? def.params : def.params.slice(0, cut);
  return `extern ${formatSignature(def.returnType, def.name, params)} __ksym __weak;`;
}
