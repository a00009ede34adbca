import { parseBlocks } from './parse-blocks.ts';
import type { RstInline, RstPoint } from './rst-tree.ts';
import { mapPoints } from './transforms/map-points.ts';

/**
 * One line of text read for inline markup only (section titles, lines of blocks restructured
 * could not read). Prefixed with a word so that "1. Introduction" is not read as a list item.
 */
export function parseInlineLine(text: string, at: RstPoint): RstInline[] {
  const position = { start: at, end: { line: at.line, column: at.column + text.length } };
  const plain: RstInline[] = [{ type: 'text', position, value: text }];
  if (!/[`*|_[\\]/.test(text)) return plain;
  const [block] = parseBlocks(`T ${text}\n`, { lines: [], lineShift: at.line - 1, columnShift: at.column - 3 });
  if (block?.type !== 'paragraph' || block.children[0]?.type !== 'text' || !block.children[0].value.startsWith('T ')) return plain;
  // restructured ends the last node at the start of the next line: keep everything on this one.
  const clamped = mapPoints(block.children, (p) => (p.line > at.line ? position.end : p));
  const [first, ...rest] = clamped;
  if (first?.type !== 'text') return plain;
  const head = { ...first, value: first.value.slice(2), position: { ...first.position, start: at } };
  return [head, ...rest]
    .map((n) => (n.type === 'text' ? { ...n, value: n.value.replace(/\n$/, '') } : n))
    .filter((n) => n.type !== 'text' || n.value !== '');
}
