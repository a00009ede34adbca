/** Labels no `:ref:` in the given documents points at (info: other documents may use them). */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstDocument } from '../rst/rst-document.ts';

export const UNUSED_LABEL_CODES = ['rst-label-unused'] as const;

export function checkUnusedLabels(docs: readonly RstDocument[]): Diagnostic[] {
  const used = new Set(docs.flatMap((d) => d.references.filter((r) => r.role === 'ref').map((r) => r.target)));
  return docs.flatMap((doc) =>
    doc.labels
      .filter((l) => !used.has(l.name))
      .map((l) =>
        diagnostic('rst-label-unused', 'info', { file: doc.path, line: l.line, column: l.column }, `label ${l.rawName} is not referenced`, {
          hint: `link to it with :ref:\`${l.rawName}\`, or remove it if nothing outside these documents does`,
        }),
      ),
  );
}
