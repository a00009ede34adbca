/** "2.7  Specifying …": anything but one space between a section number and its title. */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstDocument } from '../rst/rst-document.ts';

export const SECTION_NUMBER_SPACING_CODES = ['rst-section-spacing'] as const;

const describe = (separator: string): string =>
  /^ +$/.test(separator) ? `${separator.length} spaces` : JSON.stringify(separator);

export function checkSectionNumberSpacing(docs: readonly RstDocument[]): Diagnostic[] {
  return docs.flatMap((doc) =>
    doc.sections
      .filter((s) => s.number !== null && s.separator !== ' ')
      .map((s) => {
        const numberWidth = s.rawTitle.length - s.rawTitle.replace(/^\d+(?:\.\d+)*\.?/, '').length;
        return diagnostic(
          'rst-section-spacing',
          'warning',
          { file: doc.path, line: s.line, column: s.column + numberWidth },
          `${describe(s.separator)} after section number ${s.number} in "${s.rawTitle}"`,
          { hint: 'write one space between the number and the title' },
        );
      }),
  );
}
