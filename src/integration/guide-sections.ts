/**
 * Finding guide sections for a page: the section a line of a guide belongs to, and the section
 * that documents a flag ("2.5.1 KF_ACQUIRE flag"). Read from the graph's documents of the newest
 * version, whose ids are the anchors of the rendered pages.
 */
import type { GraphDocument, GraphSection } from '../graph/types.ts';
import { headingId } from '../rst/heading-id.ts';
import type { GuideSectionRef } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';

/** The section a line of a guide belongs to: the last heading at or above it. */
export function sectionAt(doc: GraphDocument, line: number): GraphSection | undefined {
  return doc.sections.filter((s) => s.line <= line).at(-1);
}

/**
 * The anchor a section's permalink uses, as on docs.kernel.org: its heading id, unless docutils
 * had to make one up (`id1`: a label took the title's id), then that label's.
 * @example sectionAnchor({ id: 'id1', labels: ['kf_deprecated_flag'] }) // 'kf-deprecated-flag'
 */
export function sectionAnchor(section: Pick<GraphSection, 'id' | 'labels'>): string {
  return /^id\d+$/.test(section.id) && section.labels.length ? headingId(section.labels[0]) : section.id;
}

/** The newest version's guides, kfuncs.rst first (the flags' own guide). */
export function newestDocuments(ctx: GraphContext): GraphDocument[] {
  const docs = (ctx.graph.documents ?? []).filter((d) => d.version === ctx.newest);
  return [...docs.filter((d) => d.path.endsWith('/kfuncs.rst')), ...docs.filter((d) => !d.path.endsWith('/kfuncs.rst'))];
}

export function sectionRef(doc: GraphDocument, section: GraphSection, ctx: GraphContext): GuideSectionRef {
  return { path: doc.path, number: section.number, title: section.title, href: ctx.guideHref(doc.path, sectionAnchor(section)) };
}

/** The first section whose title names the flag as a word. */
export function flagSection(flag: string, ctx: GraphContext): GuideSectionRef | undefined {
  const word = new RegExp(`(?<![A-Z0-9_])${flag}(?![A-Z0-9_])`);
  for (const doc of newestDocuments(ctx)) {
    const section = doc.sections.find((s) => word.test(s.title));
    if (section) return sectionRef(doc, section, ctx);
  }
  return undefined;
}
