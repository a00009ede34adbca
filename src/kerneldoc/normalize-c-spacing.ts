/**
 * Puts C declaration text on one line with the kernel's spacing, so the same prototype written
 * over several lines or with different indentation compares equal across versions.
 *
 * @example
 * normalizeCSpacing('const char  * fmt__str') // → 'const char *fmt__str'
 * normalizeCSpacing('bool ( less ) ( struct bpf_rb_node * a ,\n\t const void *b )')
 * // → 'bool (less)(struct bpf_rb_node *a, const void *b)'
 */
const SIMPLE = /^(?:\S+ )*\S+$/;
const SPECIAL = /[*()[\],]/;

export function normalizeCSpacing(text: string): string {
  const flat = SIMPLE.test(text) ? text : text.replace(/\s+/g, ' ');
  // Most parameters are `type name` already: nothing to re-space.
  if (!SPECIAL.test(flat)) return flat.trim();
  return flat
    .replace(/\s*(\*[\s*]*)/g, (_, stars: string) => ` ${stars.replace(/\s+/g, '')}`)
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\)\s+\(/g, ')(')
    .replace(/\s*\[\s*/g, '[')
    .replace(/\s+\]/g, ']')
    .replace(/\s*,\s*/g, ', ')
    .trim();
}
