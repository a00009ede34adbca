/**
 * An underline (or overline) shorter than its title: docutils warns "Title underline too
 * short", and a renumbering from 9 to 10 makes exactly this happen.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { columnWidth } from '../rst/column-width.ts';
import type { RstDocument } from '../rst/rst-document.ts';

export const TITLE_UNDERLINE_CODES = ['rst-title-underline-short'] as const;

export function checkTitleUnderlines(docs: readonly RstDocument[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const doc of docs) {
    for (const s of doc.sections) {
      const width = columnWidth(s.rawTitle);
      for (const [which, line] of [['underline', s.underline], ['overline', s.overline]] as const) {
        if (!line || line.length >= width) continue;
        out.push(
          diagnostic(
            'rst-title-underline-short',
            'warning',
            { file: doc.path, line: line.line, column: line.length + 1 },
            `title ${which} too short: ${line.length} characters for "${s.rawTitle}" (${width})`,
            {
              hint: `extend the ${which} to ${width} characters: ${line.char.repeat(width)}`,
              related: { file: doc.path, line: s.line, column: s.column, message: 'the title' },
            },
          ),
        );
      }
    }
  }
  return out;
}
