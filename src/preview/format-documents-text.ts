/** The guides and links parts of the text report (see formatPreviewText). */
import { isQuiet } from './diff-documents.ts';
import type { DocumentDiff, ReferenceInfo, ReferencesDiff, SectionInfo } from './preview-report.ts';
import { sectionName } from './section-info.ts';

/** Rows of cells, each column padded to its widest cell; the last column is left as it is. */
export function columns(rows: readonly string[][], indent = '    '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd());
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const num = (s: SectionInfo) => s.number ?? '(unnumbered)';

export function formatDocumentText(diff: DocumentDiff): string[] {
  const out = [`${diff.path}${diff.status === 'modified' ? '' : ` (${diff.status})`}`];
  if (isQuiet(diff)) return [...out, '  no change to sections, labels or anchors'];
  const part = (title: string, lines: string[]) => {
    if (lines.length) out.push(`  ${title}:`, ...lines);
  };
  part('Sections renumbered', columns(diff.renumbered.map((c) => [num(c.old), `-> ${num(c.new)}`, c.new.title])));
  part('Sections retitled', columns(diff.renamed.map((c) => [sectionName(c.old), `-> ${sectionName(c.new)}`])));
  part('Sections moved under another section', columns(diff.moved.map((c) => [sectionName(c.old), `-> ${sectionName(c.new)}`])));
  part('Sections added', columns(diff.added.map((s) => [s.number ?? '', s.title, `line ${s.line}, #${s.anchor}`])));
  part('Sections removed', columns(diff.removed.map((s) => [s.number ?? '', s.title, `was line ${s.line}`])));
  part(
    'Labels added',
    columns(
      diff.labelsAdded.map((l) => {
        const where = l.section ? sectionName(l.section) : `line ${l.line}`;
        const refs = l.references === 0 ? 'no :ref: to it yet' : l.resolved === l.references ? `${plural(l.references, ':ref:')} to it, ${l.references === 1 ? 'resolves' : 'all resolve'}` : `${l.resolved} of ${plural(l.references, ':ref:')} to it resolve here (duplicate label?)`;
        return [l.name, `-> ${where}; ${refs}`];
      }),
    ),
  );
  part('Labels removed', columns(diff.labelsLost.map((l) => [l.name, `was line ${l.line}${l.section ? `, before ${sectionName(l.section)}` : ''}`])));
  part(
    'Anchors that stop working (links from outside, e.g. docs.kernel.org URLs)',
    columns(diff.anchorsLost.map((a) => [`#${a.anchor}`, a.was, a.replacement ? `now #${a.replacement}` : 'gone'])),
  );
  return out;
}

function referenceRow(r: ReferenceInfo): string[] {
  const link = `:${r.role}:\`${r.target}\``;
  const to = r.resolvesTo ? (r.resolvesTo.section ?? `${r.resolvesTo.path}${r.resolvesTo.anchor ? `#${r.resolvesTo.anchor}` : ''}`) : 'does not resolve';
  return [`${r.path}:${r.line}`, link, `-> ${to}`];
}

export function formatReferencesText(refs: ReferencesDiff): string[] {
  const { added, broken, fixed, removed } = refs;
  if (!added.length && !broken.length && !fixed.length && !removed) return ['Links (:ref:, :doc:): no change'];
  const unresolved = added.filter((r) => !r.resolvesTo).length;
  const out = ['Links (:ref:, :doc:):'];
  if (added.length) {
    const status = unresolved === 0 ? (added.length === 1 ? 'it resolves' : 'all resolve') : `${unresolved} ${unresolved === 1 ? 'does' : 'do'} not resolve`;
    out.push(`  ${plural(added.length, 'link')} added, ${status}:`);
    out.push(...columns(added.map(referenceRow)));
  }
  if (broken.length) out.push(`  ${plural(broken.length, 'link')} broken by the patch:`, ...columns(broken.map(referenceRow)));
  if (fixed.length) out.push(`  ${plural(fixed.length, 'link')} fixed by the patch:`, ...columns(fixed.map(referenceRow)));
  if (removed) out.push(`  ${plural(removed, 'link')} removed`);
  if (!broken.length) out.push('  none broken');
  return out;
}
