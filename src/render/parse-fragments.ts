/**
 * rst pieces that restructured never parsed as such (table cells, footnote bodies) parsed in one
 * go: each piece becomes an item of one synthetic bullet list, so a table costs one restructured
 * run instead of one per cell. Positions are mapped back to where each line stands in the source.
 */
import type { RstParseCache } from '../rst/parse-chunk.ts';
import { parseRstTree } from '../rst/parse-rst-tree.ts';
import type { RstBlock, RstPoint } from '../rst/rst-tree.ts';
import { mapPoints } from '../rst/transforms/map-points.ts';

/** One line of a piece, with where its first character stands in the source. */
export interface FragmentLine {
  text: string;
  line: number;
  column: number;
}

export function parseFragments(fragments: readonly (readonly FragmentLine[])[], file: string, cache?: RstParseCache): RstBlock[][] {
  const out: RstBlock[][] = fragments.map(() => []);
  const used = fragments.map((f, i) => ({ f: trimBlank(f), i })).filter(({ f }) => f.length > 0);
  if (used.length === 0) return out;
  const text: string[] = [];
  const origin: (FragmentLine | null)[] = [];
  for (const { f } of used) {
    f.forEach((l, j) => {
      text.push(l.text.trim() === '' ? '' : `${j === 0 ? '- ' : '  '}${l.text}`);
      origin.push(l);
    });
    text.push('');
    origin.push(null);
  }
  const parsed = parse(`${text.join('\n')}\n`, file, cache);
  const [list] = parsed;
  if (parsed.length === 1 && list.type === 'bullet_list' && list.children.length === used.length) {
    const placed = mapPoints(list.children, (p) => place(p, origin, 2));
    used.forEach(({ i }, k) => (out[i] = placed[k].children));
    return out;
  }
  // Content that does not fit in a list item: parse each piece on its own.
  for (const { f, i } of used) {
    const single = parse(`${f.map((l) => l.text).join('\n')}\n`, file, cache);
    out[i] = mapPoints(single, (p) => place(p, f, 0));
  }
  return out;
}

/**
 * Positions in the result are relative to `text`: the same text parses the same wherever it
 * stands. The key is prefixed: a cache shared with parseRstDocument holds chunks parsed without
 * the fix-up transforms under their bare text.
 */
function parse(text: string, file: string, cache: RstParseCache | undefined): RstBlock[] {
  const key = `render-fragments:${text}`;
  let blocks = cache?.get(key);
  if (!blocks) {
    blocks = parseRstTree(text, file).tree.children;
    cache?.set(key, blocks);
  }
  return blocks;
}

function place(point: RstPoint, origin: readonly (FragmentLine | null)[], prefix: number): RstPoint {
  let index = Math.min(point.line, origin.length) - 1;
  while (index > 0 && !origin[index]) index--;
  const line = origin[index];
  if (!line) return point;
  const past = point.line - 1 > index ? line.text.length + prefix : Math.max(0, point.column - 1 - prefix);
  return { line: line.line, column: line.column + Math.min(past, line.text.length) };
}

function trimBlank(lines: readonly FragmentLine[]): FragmentLine[] {
  let from = 0;
  let to = lines.length;
  while (from < to && lines[from].text.trim() === '') from++;
  while (to > from && lines[to - 1].text.trim() === '') to--;
  return lines.slice(from, to);
}
