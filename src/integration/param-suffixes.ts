/**
 * Parameter-name suffixes the verifier reads (Documentation/bpf/kfuncs.rst, "Annotating kfunc
 * parameters"), with the id of the guide section that defines each. Ids follow docutils without
 * the section number ("2.1.1 __sz Annotation" → `sz-annotation`) so they survive renumbering.
 */
const SUFFIXES: Record<string, string> = {
  __sz: 'the size in bytes of the pointer argument before it',
  __szk: 'a constant size in bytes of the pointer argument before it',
  __k: 'a constant known when the program is loaded',
  __nullable: 'the pointer may be NULL',
  __str: 'a constant NUL-terminated string',
  __ign: 'the verifier does not check the type',
  __uninit: 'memory the kfunc initialises',
  __opt: 'an optional buffer: NULL, or with a size',
  __refcounted_kptr: 'a refcounted local kptr',
  __prog: 'the calling program, supplied by the verifier',
  __irq_flag: 'an IRQ flag saved by a matching kfunc',
};

/**
 * The suffix of a parameter name and what it means, or undefined.
 * @example paramSuffix('tuple__sz') // { suffix: '__sz', meaning: 'the size in bytes …', anchor: 'sz-annotation' }
 */
export function paramSuffix(name: string): { suffix: string; meaning: string; anchor: string } | undefined {
  const suffix = Object.keys(SUFFIXES)
    .filter((s) => name.endsWith(s) && name.length > s.length)
    .sort((a, b) => b.length - a.length)[0];
  if (!suffix) return undefined;
  return { suffix, meaning: SUFFIXES[suffix], anchor: `${suffix.replace(/^_+/, '')}-annotation` };
}
