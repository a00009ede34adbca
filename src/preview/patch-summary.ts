import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Series, SeriesResult } from '../patches/index.ts';
import type { Person } from '../patches/types.ts';
import type { PatchSummary } from './preview-report.ts';

const person = (p: Person | undefined) => (p ? (p.name ? `${p.name} <${p.email}>` : p.email) : null);

/** Who sent what, and how it went on: the header of a preview report (also of a failed one). */
export function patchSummary(source: string, series: Series, applied: SeriesResult): PatchSummary {
  const first = series.items[0]?.message;
  const notes: Diagnostic[] = [...series.diagnostics, ...applied.diagnostics.filter((d) => d.severity !== 'error')];
  return {
    source,
    subject: first?.subject.text || null,
    messageId: first?.messageId ?? null,
    author: person(first?.author),
    date: first?.date ?? null,
    patches: series.items.length,
    quoteDepth: Math.max(0, ...series.items.map((i) => i.patch.quoteDepth)),
    files: applied.steps.flatMap((s) =>
      s.applied.map((f) => ({
        file: f.file,
        ...(f.from ? { from: f.from } : {}),
        status: f.status,
        hunks: f.hunks.map((h) => ({ hunk: h.hunk, method: h.method, offset: h.offset, fuzz: h.fuzz, at: h.at })),
      })),
    ),
    notes,
  };
}
