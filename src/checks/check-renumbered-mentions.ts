/**
 * Between two states of the same documents (a patch, or two kernel versions): prose that still
 * names a section by the number it had before it was renumbered ("section 3.1" when 3.1 is now
 * 4.1). Documents are paired by path.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { mapSections } from '../rst/map-sections.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import { refHint } from './check-section-mentions.ts';

export const RENUMBERED_MENTION_CODES = ['rst-section-mention-stale'] as const;

export function checkRenumberedMentions(oldDocs: readonly RstDocument[], newDocs: readonly RstDocument[]): Diagnostic[] {
  const before = new Map(oldDocs.map((d) => [d.path, d]));
  return newDocs.flatMap((doc) => {
    const old = before.get(doc.path);
    if (!old) return [];
    return mapSections(old, doc).staleMentions.map(({ mention, meant, now }) => {
      const current = doc.sections.find((s) => s.number === mention.number);
      const where = now ? `now ${now.number ?? 'unnumbered'}` : 'removed';
      const instead = current ? `; ${mention.number} is now "${current.title}"` : '';
      return diagnostic(
        'rst-section-mention-stale',
        'warning',
        { file: doc.path, line: mention.line, column: mention.column },
        `"${mention.text}" meant "${meant.title}", ${where}${instead}`,
        {
          hint: now ? refHint(doc.sections[now.index]) : 'remove the mention or point it at what replaced the section',
          ...(now ? { related: { file: doc.path, line: now.line, message: `"${now.title}"` } } : {}),
        },
      );
    });
  });
}
