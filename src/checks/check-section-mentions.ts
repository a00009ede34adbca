/**
 * Section numbers written into prose ("see section 3.1"). One that names no section of the
 * document is stale (warning); one that does still breaks at the next renumbering, so the
 * `:ref:` to use instead is suggested (info). "in 2.4" without the word "section" counts only
 * when 2 is a top-level number of the document (otherwise it is likely a version).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstDocument, RstDocumentSection } from '../rst/rst-document.ts';

export const SECTION_MENTION_CODES = ['rst-section-mention-stale', 'rst-section-mention'] as const;

/** The `:ref:` that names a section: its label, or the one to add (its heading id). */
export function refFor(section: RstDocumentSection): { ref: string; add: boolean } {
  return section.labels.length ? { ref: section.labels[0], add: false } : { ref: section.id, add: true };
}

export function refHint(section: RstDocumentSection): string {
  const { ref, add } = refFor(section);
  return add
    ? `add ".. _${ref}:" above "${section.rawTitle}" and write :ref:\`${ref}\``
    : `write :ref:\`${ref}\` instead of the number`;
}

export function checkSectionMentions(docs: readonly RstDocument[]): Diagnostic[] {
  return docs.flatMap((doc) => {
    const numbered = doc.sections.filter((s) => s.number !== null);
    if (!numbered.length) return [];
    const top = Math.max(...numbered.map((s) => Number(s.number!.split('.')[0])));
    return doc.sectionMentions
      .filter((m) => m.explicit || Number(m.number.split('.')[0]) <= top)
      .map((m) => {
        const at = { file: doc.path, line: m.line, column: m.column };
        const section = numbered.find((s) => s.number === m.number);
        if (!section) {
          return diagnostic('rst-section-mention-stale', 'warning', at, `"${m.text}" names no section of this document`, {
            hint: 'link the section you mean with :ref: (add a ".. _label:" above its title)',
          });
        }
        return diagnostic('rst-section-mention', 'info', at, `hard-coded section number in "${m.text}" (${section.number} ${section.title})`, {
          hint: refHint(section),
          related: { file: doc.path, line: section.line, column: section.column, message: 'the section' },
        });
      });
  });
}
