/**
 * Replaces tabs with spaces up to the next multiple of 8 columns, as kernel-doc does to every
 * line before reading it, so continuation indents compare in columns.
 *
 * @example
 * expandTabs(' *\t@p:\tx') // → ' *      @p:     x'
 */
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  const parts = line.split('\t');
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) out += ' '.repeat(8 - (out.length % 8)) + parts[i];
  return out;
}
