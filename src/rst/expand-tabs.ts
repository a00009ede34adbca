/**
 * docutils reads rst with tabs expanded to 8-column stops; so does our parser (restructured
 * misreads tab-indented lists otherwise). Columns are mapped back to the source afterwards.
 * @example expandTabs('\t* item') // '        * item'
 */
export function expandTabs(line: string, width = 8): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(width - (out.length % width)) : ch;
  return out;
}

/**
 * The 1-based column in `line` (as written, with tabs) of a column counted after expandTabs.
 * @example sourceColumn('\tx', 9) // 2
 */
export function sourceColumn(line: string, expandedColumn: number, width = 8): number {
  if (!line.includes('\t')) return expandedColumn;
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    const next = line[i] === '\t' ? seen + width - (seen % width) : seen + 1;
    if (expandedColumn - 1 < next) return i + 1;
    seen = next;
  }
  return line.length + 1 + (expandedColumn - 1 - seen);
}
