import type { RstDocumentSection } from './rst-document.ts';

/**
 * The section a section belongs to by its number: 2.3.1 belongs to the nearest 2.3 before it,
 * even though both are written at the same rst level. Unnumbered sections (and numbers without a
 * matching prefix) fall back to the rst parent. Returns indices into `sections`.
 */
export function numberingParents(sections: readonly RstDocumentSection[]): (number | null)[] {
  return sections.map((section, index) => {
    if (section.number?.includes('.')) {
      const prefix = section.number.slice(0, section.number.lastIndexOf('.'));
      for (let i = index - 1; i >= 0; i--) if (sections[i].number === prefix) return i;
    }
    return section.parent;
  });
}
