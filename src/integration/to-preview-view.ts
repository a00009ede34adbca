/**
 * A preview report (`kfuncdoc preview`) → the data of the preview server's /preview/ page and
 * banner: the same report as the text output, with every section, kfunc and flag linked to its
 * page on the patched site, and which pages and sections the patch changes.
 */
import { messageLink } from '../config/site-config.ts';
import { fieldText, flagSummaries, formatPatchHeader, formatPreviewText } from '../preview/format-preview-text.ts';
import type { DocumentDiff, KfuncChange, PreviewReport, ReferenceInfo, SectionInfo } from '../preview/preview-report.ts';
import { isQuiet } from '../preview/diff-documents.ts';
import { sectionName } from '../preview/section-info.ts';
import type { CheckView } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { guideId } from './guide-hrefs.ts';
import { sectionAt } from './guide-sections.ts';
import { toCheckView } from './to-kfunc-entry.ts';

export interface ViewCell {
  text: string;
  href?: string;
  code?: boolean;
}

export interface ViewGroup {
  title: string;
  rows: ViewCell[][];
}

export interface PreviewView {
  subject: string;
  messageId: string | null;
  messageUrl: string | null;
  /** The header lines of the text report (from, Message-ID, tree, how it applied). */
  header: string[];
  /** The whole text report, as `kfuncdoc preview` prints it. */
  text: string;
  documents: { path: string; href: string | null; status: DocumentDiff['status']; groups: ViewGroup[] }[];
  references: ViewGroup[];
  /** How many links the patch removes. */
  linksRemoved: number;
  /** Null when the tree has no C sources (kfuncs were not compared). */
  kfuncs: { name: string; head: string; href: string | null; details: string[]; notice: string | null }[] | null;
  flags: { name: string; text: string; href: string | null }[];
  diagnostics: { introduced: CheckView[]; resolved: CheckView[] };
  skipped: string[];
  /** Per guide path: the anchors of the sections the patch added, renumbered, retitled or moved. */
  changedAnchors: Record<string, string[]>;
  /** Per site path (without the base): what the patch changes on that page, for its banner. */
  changedPages: Record<string, string[]>;
}

const arrow = (from: string, to: string) => `${from} → ${to}`;

function sectionCell(path: string, s: SectionInfo, ctx: GraphContext): ViewCell {
  return { text: sectionName(s), href: ctx.guideHref(path, s.anchor) };
}

function documentGroups(d: DocumentDiff, ctx: GraphContext): ViewGroup[] {
  const num = (s: SectionInfo) => s.number ?? '(unnumbered)';
  const groups: ViewGroup[] = [
    { title: 'Sections renumbered', rows: d.renumbered.map((c) => [{ text: arrow(num(c.old), num(c.new)) }, { text: c.new.title, href: ctx.guideHref(d.path, c.new.anchor) }]) },
    { title: 'Sections retitled', rows: d.renamed.map((c) => [{ text: sectionName(c.old) }, { text: '→' }, sectionCell(d.path, c.new, ctx)]) },
    { title: 'Sections moved under another section', rows: d.moved.map((c) => [{ text: sectionName(c.old) }, { text: '→' }, sectionCell(d.path, c.new, ctx)]) },
    { title: 'Sections added', rows: d.added.map((s) => [sectionCell(d.path, s, ctx), { text: `line ${s.line}, #${s.anchor}` }]) },
    { title: 'Sections removed', rows: d.removed.map((s) => [{ text: sectionName(s) }, { text: `was line ${s.line}` }]) },
    {
      title: 'Labels added',
      rows: d.labelsAdded.map((l) => {
        const refs = l.references === 0 ? 'no :ref: to it yet' : l.resolved === l.references ? `${l.references} :ref: to it, ${l.references === 1 ? 'resolves' : 'all resolve'}` : `${l.resolved} of ${l.references} :ref:s resolve here`;
        return [{ text: l.name, code: true }, l.section ? { text: sectionName(l.section), href: ctx.guideHref(d.path, sectionAnchorOf(d, l.section)) } : { text: `line ${l.line}` }, { text: refs }];
      }),
    },
    { title: 'Labels removed', rows: d.labelsLost.map((l) => [{ text: l.name, code: true }, { text: `was line ${l.line}${l.section ? `, before ${sectionName(l.section)}` : ''}` }]) },
    {
      title: 'Anchors that stop working (links from outside, e.g. docs.kernel.org URLs)',
      rows: d.anchorsLost.map((a) => [{ text: `#${a.anchor}`, code: true }, { text: a.was }, a.replacement ? { text: `now #${a.replacement}`, href: ctx.guideHref(d.path, a.replacement) } : { text: 'gone' }]),
    },
  ];
  return groups.filter((g) => g.rows.length);
}

/** The anchor of an added label's section, looked up among the sections the patch wrote. */
function sectionAnchorOf(d: DocumentDiff, section: { number: string | null; title: string }): string {
  const all = [...d.added, ...d.renumbered.map((c) => c.new), ...d.renamed.map((c) => c.new), ...d.moved.map((c) => c.new)];
  return all.find((s) => s.title === section.title && s.number === section.number)?.anchor ?? '';
}

function referenceRows(list: readonly ReferenceInfo[], ctx: GraphContext): ViewCell[][] {
  return list.map((r) => {
    const doc = ctx.graph.documents.find((x) => x.version === ctx.newest && x.path === r.path);
    const section = doc ? sectionAt(doc, r.line) : undefined;
    const to = r.resolvesTo;
    return [
      { text: `${r.path}:${r.line}`, href: ctx.guideHref(r.path, section?.id ?? '') },
      { text: `:${r.role}:\`${r.target}\``, code: true },
      to ? { text: `→ ${to.section ?? to.path}`, href: ctx.guideHref(to.path, to.anchor ?? '') } : { text: 'does not resolve' },
    ];
  });
}

function kfuncView(k: KfuncChange, ctx: GraphContext): NonNullable<PreviewView['kfuncs']>[number] {
  const head = k.kind === 'renamed' ? `renamed ${k.from} → ${k.name}` : k.kind === 'mentioned' ? `mentioned ${k.name} (${k.file}:${k.line})` : `${k.kind} ${k.name}${k.replaces ? ` (replaces ${k.replaces})` : ''}`;
  const details = [...(k.reason ? [`why a rename: ${k.reason}`] : []), ...k.changes.map(fieldText)];
  const d = k.deprecation;
  if (d) details.push(`deprecated${d.removalPlanned ? `, removal planned for ${d.removalPlanned}` : ', no removal deadline'}${d.replacement ? `, use ${d.replacement}()` : ''}: ${d.source} (${d.file}:${d.line})`);
  const href = ctx.kfuncNames.has(k.name) ? ctx.href(`/kfuncs/${k.name}/`) : null;
  return { name: k.name, head, href, details, notice: d && href ? `${href}#deprecation` : null };
}

function changedAnchors(report: PreviewReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of report.documents) {
    const anchors = [...d.added, ...d.renumbered.map((c) => c.new), ...d.renamed.map((c) => c.new), ...d.moved.map((c) => c.new)].map((s) => s.anchor);
    if (anchors.length) out[d.path] = [...new Set(anchors)];
  }
  return out;
}

function changedPages(report: PreviewReport, view: Pick<PreviewView, 'kfuncs' | 'flags'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (path: string, line: string) => (out[path] ??= []).push(line);
  for (const d of report.documents) {
    if (isQuiet(d)) continue;
    const counts = [
      [d.renumbered.length, 'renumbered'],
      [d.added.length, 'added'],
      [d.removed.length, 'removed'],
      [d.renamed.length, 'retitled'],
      [d.moved.length, 'moved'],
    ] as const;
    const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${n === 1 ? 'section' : 'sections'} ${what}`);
    if (d.labelsAdded.length) said.push(`${d.labelsAdded.length} ${d.labelsAdded.length === 1 ? 'label' : 'labels'} added`);
    add(`/docs/${guideId(d.path)}/`, said.join(', ') || 'labels or anchors changed');
  }
  for (const k of view.kfuncs ?? []) if (k.href) add(`/kfuncs/${k.name}/`, [k.head, ...k.details].join('; '));
  for (const f of view.flags) add(`/flags/${f.name}/`, f.text);
  return out;
}

export function toPreviewView(report: PreviewReport, ctx: GraphContext): PreviewView {
  const flagPages = new Set(ctx.graph.flags.map((f) => f.name));
  const kfuncs = report.tree.hasSources ? report.kfuncs.map((k) => kfuncView(k, ctx)) : null;
  const flags = flagSummaries(report.flags).map((f) => ({ name: f.name, text: f.text, href: flagPages.has(f.name) ? ctx.href(`/flags/${f.name}/`) : null }));
  const refs = report.references;
  const view = {
    subject: report.patch.subject ?? report.patch.source,
    messageId: report.patch.messageId,
    messageUrl: report.patch.messageId ? messageLink(ctx.config, report.patch.messageId) : null,
    header: formatPatchHeader(report.patch, report.tree).slice(1),
    text: formatPreviewText(report),
    documents: report.documents.map((d) => ({ path: d.path, href: ctx.guideHref(d.path, ''), status: d.status, groups: documentGroups(d, ctx) })),
    references: [
      { title: 'Links added', rows: referenceRows(refs.added, ctx) },
      { title: 'Links broken by the patch', rows: referenceRows(refs.broken, ctx) },
      { title: 'Links fixed by the patch', rows: referenceRows(refs.fixed, ctx) },
    ].filter((g) => g.rows.length),
    linksRemoved: refs.removed,
    kfuncs,
    flags,
    diagnostics: { introduced: report.diagnostics.introduced.map((d) => toCheckView(d, ctx)), resolved: report.diagnostics.resolved.map((d) => toCheckView(d, ctx)) },
    skipped: report.skipped,
    changedAnchors: changedAnchors(report),
  };
  return { ...view, changedPages: changedPages(report, view) };
}
