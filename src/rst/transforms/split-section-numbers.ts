/**
 * "2.5.8 KF_DEPRECATED flag" → a section_number node ("2.5.8", separator " ") and the text
 * "KF_DEPRECATED flag", so the renderer and the checks see the hand-written number on its own.
 */
import { splitSectionNumber } from '../section-number.ts';
import type { RstInline, RstRoot, RstSection } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';

export function splitSectionNumbers(root: RstRoot): RstRoot {
  return mapTree(root, { block: (b) => (b.type === 'section' ? split(b) : b) });
}

function split(section: RstSection): RstSection {
  const [first, ...rest] = section.title.children;
  if (first?.type !== 'text') return section;
  const parts = splitSectionNumber(first.value);
  if (parts.number === null) return section;
  const { start, end } = first.position;
  const numberWidth = parts.number.length + (parts.trailingDot ? 1 : 0);
  const textStart = { line: start.line, column: start.column + numberWidth + parts.separator.length };
  const children: RstInline[] = [
    {
      type: 'section_number',
      position: { start, end: { line: start.line, column: start.column + numberWidth } },
      value: parts.trailingDot ? `${parts.number}.` : parts.number,
      number: parts.number,
      separator: parts.separator,
    },
    { type: 'text', position: { start: textStart, end }, value: parts.title },
    ...rest,
  ];
  return { ...section, title: { ...section.title, children } };
}
