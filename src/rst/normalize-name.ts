/**
 * A reference or target name as docutils compares them (`fully_normalize_name`): lower-case,
 * runs of whitespace collapsed to one space, trimmed. Labels and `:ref:` targets meet here.
 * @example fullyNormalizeName('  BPF_kfunc\n   Lifecycle ') // 'bpf_kfunc lifecycle'
 */
export function fullyNormalizeName(name: string): string {
  return name.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}
