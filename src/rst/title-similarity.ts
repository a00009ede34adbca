/**
 * How alike two section titles are, 0…1: the share of words they have in common (Jaccard),
 * words being runs of letters and digits (`__opt Annotation` → opt, annotation).
 * @example titleSimilarity('__opt Annotation', '__nullable Annotation') // 1/3
 */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/**
 * A title reduced for matching: lower case, punctuation and underscores dropped, spaces collapsed.
 * @example normalizeTitle('struct  cpumask * kfuncs') // 'struct cpumask kfuncs'
 */
export function normalizeTitle(title: string): string {
  return words(title).join(' ');
}

function words(title: string): string[] {
  return title.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
