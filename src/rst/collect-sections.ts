import { inlineText } from './inline-text.ts';
import type { RstDocumentSection } from './rst-document.ts';
import type { RstBlock, RstRoot, RstSection } from './rst-tree.ts';
import { splitSectionNumber } from './section-number.ts';

/** The sections of a tree in document order, each pointing at its parent; labels come later. */
export function collectSections(root: RstRoot): RstDocumentSection[] {
  const out: RstDocumentSection[] = [];
  const visit = (blocks: readonly RstBlock[], parent: number | null): void => {
    for (const block of blocks) {
      if (block.type === 'section') {
        out.push(toSection(block, parent));
        visit(block.children, out.length - 1);
      }
    }
  };
  visit(root.children, null);
  return out;
}

function toSection(section: RstSection, parent: number | null): RstDocumentSection {
  const split = splitSectionNumber(inlineText(section.title.children));
  return {
    number: split.number,
    title: split.title,
    rawTitle: section.title.raw,
    id: section.id,
    line: section.title.position.start.line,
    column: section.title.position.start.column,
    level: section.level,
    separator: split.separator,
    underline: section.underline,
    ...(section.overline ? { overline: section.overline } : {}),
    labels: [],
    parent,
    endLine: section.position.end.line - 1,
  };
}
