/**
 * Program type names as shown on pages: without the `BPF_PROG_TYPE_` prefix, and
 * `BPF_PROG_TYPE_UNSPEC` (registered for every program type) as "all".
 * @example shortProgramType('BPF_PROG_TYPE_UNSPEC') // 'all'
 */
export function shortProgramType(name: string): string {
  if (name === 'BPF_PROG_TYPE_UNSPEC') return 'all';
  return name.replace(/^BPF_PROG_TYPE_/, '');
}

/** Short names, "all" first, without duplicates. */
export function shortProgramTypes(names: readonly string[]): string[] {
  const short = [...new Set(names.map(shortProgramType))];
  return short.includes('all') ? ['all', ...short.filter((n) => n !== 'all')] : short;
}
