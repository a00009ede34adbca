/**
 * Sphinx's own `_make_id` (sphinx.util.nodes), used for glossary terms and C objects: like
 * docutils' make_id but keeping case, dots and underscores.
 * @example sphinxId('term-Sign Extend') // 'term-Sign-Extend'
 * @example sphinxId('c.bpf_obj_new') // 'c.bpf_obj_new'
 */
export function sphinxId(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  return ascii
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
    .replace(/[^a-zA-Z0-9._]+/g, '-')
    .replace(/^[-0-9._]+|-+$/g, '');
}
