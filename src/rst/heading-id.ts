/**
 * The id docutils gives a section or target (`docutils.nodes.make_id`), which is what
 * docs.kernel.org uses as the anchor. Leading digits and hyphens are dropped, so a section
 * number never reaches the id and anchors survive renumbering (rehype-slug would keep it).
 * @example headingId('3. kfunc lifecycle expectations') // 'kfunc-lifecycle-expectations'
 * @example headingId('2.2.4 __opt Annotation') // 'opt-annotation'
 * @example headingId('BPF_kfunc_lifecycle_expectations') // 'bpf-kfunc-lifecycle-expectations'
 */
export function headingId(title: string): string {
  let id = title.toLowerCase();
  id = [...id].map((ch) => DIGRAPHS[ch] ?? SINGLES[ch] ?? ch).join('');
  // NFKD then drop what is not ASCII, as docutils does (`é` → `e`).
  id = id.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  id = id.split(/\s+/).filter(Boolean).join(' ').replace(/[^a-z0-9]+/g, '-');
  return id.replace(/^[-0-9]+|-+$/g, '');
}

// docutils' _non_id_translate and _non_id_translate_digraphs (the characters NFKD cannot split).
const SINGLES: Record<string, string> = {
  'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ł': 'l', 'ŀ': 'l', 'ƀ': 'b', 'ƈ': 'c', 'ƌ': 'd',
  'ƒ': 'f', 'ƙ': 'k', 'ƚ': 'l', 'ƞ': 'n', 'ƥ': 'p', 'ƫ': 't', 'ƭ': 't', 'ƴ': 'y', 'ƶ': 'z',
  'ǥ': 'g', 'ȥ': 'z', 'ȴ': 'l', 'ȵ': 'n', 'ȶ': 't', 'ȷ': 'j', 'ȼ': 'c', 'ȿ': 's', 'ɀ': 'z',
  'ɇ': 'e', 'ɉ': 'j', 'ɋ': 'q', 'ɍ': 'r', 'ɏ': 'y',
};
const DIGRAPHS: Record<string, string> = {
  'ß': 'sz', 'æ': 'ae', 'œ': 'oe', 'ȸ': 'db', 'ȹ': 'qp',
};
