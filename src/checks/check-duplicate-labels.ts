/** The same label defined twice, in one document or across documents (Sphinx: "duplicate label"). */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import { resolveReferences } from '../rst/resolve-references.ts';

export const DUPLICATE_LABEL_CODES = ['rst-label-duplicate'] as const;

export function checkDuplicateLabels(docs: readonly RstDocument[]): Diagnostic[] {
  return resolveReferences(docs).duplicates.map(({ name, first, duplicate }) =>
    diagnostic(
      'rst-label-duplicate',
      'warning',
      { file: duplicate.path, line: duplicate.label.line, column: duplicate.label.column },
      `duplicate label ${name}, other instance in ${first.path}:${first.label.line}`,
      {
        hint: 'rename one of them; every :ref: to this name goes to the first',
        related: { file: first.path, line: first.label.line, column: first.label.column, message: 'other instance' },
      },
    ),
  );
}
