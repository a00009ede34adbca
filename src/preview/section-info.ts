import { headingId } from '../rst/heading-id.ts';
import type { RstDocument, RstDocumentSection } from '../rst/rst-document.ts';
import type { SectionInfo } from './preview-report.ts';

/**
 * The section number as the title writes it, trailing dot included, or null.
 * @example writtenNumber({ number: '3', rawTitle: '3. Core kfuncs' }) // '3.'
 * @example writtenNumber({ number: '3.1', rawTitle: '3.1 struct cgroup * kfuncs' }) // '3.1'
 */
export function writtenNumber(section: Pick<RstDocumentSection, 'number' | 'rawTitle'>): string | null {
  if (section.number === null) return null;
  return /^\s*(\d+(?:\.\d+)*\.?)/.exec(section.rawTitle)?.[1] ?? section.number;
}

/** Labels are kept normalised on sections; show them as the rst writes them. */
export function rawLabelNames(doc: Pick<RstDocument, 'labels'>, names: readonly string[]): string[] {
  return names.map((n) => doc.labels.find((l) => l.name === n)?.rawName ?? n);
}

/** A labelled section is linked through its label's anchor, which survives a retitling; its own id may be a bare `id1`. */
export function sectionInfo(doc: Pick<RstDocument, 'labels'>, section: RstDocumentSection): SectionInfo {
  const anchor = section.labels.length ? headingId(section.labels[0]) : section.id;
  return { number: writtenNumber(section), title: section.title, line: section.line, anchor, labels: rawLabelNames(doc, section.labels) };
}

/**
 * `3. Core kfuncs` — a section as a reader names it.
 * @example sectionName({ number: '3.', title: 'Core kfuncs' }) // '3. Core kfuncs'
 */
export function sectionName(section: Pick<SectionInfo, 'number' | 'title'>): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}

/** The section whose title stands at `line`, or the innermost one containing it. */
export function sectionAt(doc: Pick<RstDocument, 'sections'>, line: number): RstDocumentSection | undefined {
  const exact = doc.sections.find((s) => s.line === line);
  if (exact) return exact;
  let inner: RstDocumentSection | undefined;
  for (const s of doc.sections) if (s.line <= line && line <= s.endLine) inner = s;
  return inner;
}
