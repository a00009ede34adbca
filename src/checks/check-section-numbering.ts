/**
 * Hand-written section numbers: duplicates (cpumasks.rst has two "2.1.1"), gaps (2.1 → 2.3),
 * numbers out of order, and numbers that do not extend the enclosing section's ("2.4.9" inside
 * "3."). x.y and x.y.z headings at the same rst level are fine: the number says the nesting.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstDocument, RstDocumentSection } from '../rst/rst-document.ts';

export const SECTION_NUMBERING_CODES = ['rst-section-duplicate', 'rst-section-gap', 'rst-section-order', 'rst-section-parent'] as const;

const parts = (n: string): number[] => n.split('.').map(Number);
const prefixOf = (n: string): string => n.slice(0, Math.max(0, n.lastIndexOf('.')));
const lastOf = (n: string): number => parts(n).at(-1)!;
const withLast = (n: string, last: number): string => (prefixOf(n) ? `${prefixOf(n)}.${last}` : String(last));
const quote = (s: RstDocumentSection): string => `"${s.rawTitle}"`;

export function checkSectionNumbering(docs: readonly RstDocument[]): Diagnostic[] {
  return docs.flatMap((doc) => checkDocument(doc));
}

function checkDocument(doc: RstDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (s: RstDocumentSection) => ({ file: doc.path, line: s.line, column: s.column });
  const seen = new Map<string, RstDocumentSection>();
  const lastInGroup = new Map<string, RstDocumentSection>();
  doc.sections.forEach((section) => {
    const number = section.number;
    if (number === null) return;
    const first = seen.get(number);
    const previous = lastInGroup.get(prefixOf(number));
    if (first) {
      const suggestion = withLast(number, lastOf(previous?.number ?? number) + 1);
      out.push(
        diagnostic('rst-section-duplicate', 'warning', at(section), `duplicate section number ${number}: ${quote(section)}`, {
          hint: `renumber it (${suggestion}?) and refer to sections with :ref: so numbers can change`,
          related: { file: doc.path, line: first.line, column: first.column, message: `first ${number} is ${quote(first)}` },
        }),
      );
    } else {
      out.push(...sequence(doc, section, previous));
      out.push(...parent(doc, section, seen));
    }
    seen.set(number, first ?? section);
    lastInGroup.set(prefixOf(number), section);
  });
  return out;
}

/** Against the previous sibling number (same prefix): gaps and going backwards. */
function sequence(doc: RstDocument, section: RstDocumentSection, previous: RstDocumentSection | undefined): Diagnostic[] {
  const number = section.number!;
  const last = lastOf(number);
  const expected = previous ? lastOf(previous.number!) + 1 : 1;
  const at = { file: doc.path, line: section.line, column: section.column };
  if (previous && last < expected) {
    return [
      diagnostic('rst-section-order', 'warning', at, `section ${number} comes after ${previous.number}`, {
        hint: `renumber it ${withLast(number, expected)}`,
        related: { file: doc.path, line: previous.line, column: previous.column, message: `${previous.number} is here` },
      }),
    ];
  }
  // A first subsection may start at 0 or 1; after that each number is the previous one plus one.
  if (last > expected && !(previous === undefined && last === 0)) {
    const missing = withLast(number, expected);
    return [
      diagnostic('rst-section-gap', 'warning', at, previous ? `section ${number} follows ${previous.number}: ${missing} is missing` : `section ${number} is the first of its level: ${missing} is missing`, {
        hint: `renumber it ${missing}, or add the missing section`,
        ...(previous ? { related: { file: doc.path, line: previous.line, column: previous.column, message: `${previous.number} is here` } } : {}),
      }),
    ];
  }
  return [];
}

/** 2.3.1 needs a 2.3 before it, and must sit inside it (or beside it, at the same rst level). */
function parent(doc: RstDocument, section: RstDocumentSection, seen: Map<string, RstDocumentSection>): Diagnostic[] {
  const number = section.number!;
  const at = { file: doc.path, line: section.line, column: section.column };
  const enclosing = section.parent === null ? null : doc.sections[section.parent];
  if (enclosing?.number && !number.startsWith(`${enclosing.number}.`)) {
    return [
      diagnostic('rst-section-parent', 'warning', at, `section ${number} is inside ${quote(enclosing)} but its number does not start with ${enclosing.number}.`, {
        hint: `renumber it ${enclosing.number}.N, or move it under the section its number names`,
        related: { file: doc.path, line: enclosing.line, column: enclosing.column, message: 'the enclosing section' },
      }),
    ];
  }
  const prefix = prefixOf(number);
  if (prefix && !seen.has(prefix)) {
    return [diagnostic('rst-section-parent', 'warning', at, `section ${number} has no section ${prefix} before it`, { hint: `renumber it to extend the section it belongs to` })];
  }
  return [];
}
