/**
 * The preview report as plain text: reads in a terminal and pastes into a review reply (ASCII
 * arrows, no colour unless asked for, findings in gcc style). Pure: colour is decided by the caller.
 */
import { formatDiagnosticsText } from '../diagnostics/format-text.ts';
import { columns, formatDocumentText, formatReferencesText } from './format-documents-text.ts';
import type { FieldChange, FlagChange, KfuncChange, PatchSummary, PreviewReport } from './preview-report.ts';

export interface PreviewTextOptions {
  color?: boolean;
}

const bold = (on: boolean, text: string) => (on ? `\u001b[1m${text}\u001b[0m` : text);

export function formatPatchHeader(patch: PatchSummary, tree: { label: string; version: string | null }): string[] {
  const out = [`Patch: ${patch.subject ?? patch.source}`];
  const by = [patch.author, patch.date?.slice(0, 10)].filter(Boolean).join(', ');
  if (by) out.push(`  From: ${by}`);
  if (patch.messageId) out.push(`  Message-ID: <${patch.messageId}>`);
  if (patch.quoteDepth > 0) out.push(`  (the patch as quoted in a reply, ${'> '.repeat(patch.quoteDepth).trim()} removed)`);
  if (patch.patches > 1) out.push(`  ${patch.patches} patches of a series, applied in order`);
  const hunks = patch.files.reduce((n, f) => n + f.hunks.length, 0);
  const methods = [...new Set(patch.files.flatMap((f) => f.hunks.map((h) => h.method)))];
  out.push(`  Tree: ${tree.label}${tree.version ? ` (${tree.version})` : ''}`);
  out.push(`  Applied: ${patch.files.length} file${patch.files.length === 1 ? '' : 's'}, ${hunks} hunk${hunks === 1 ? '' : 's'}${methods.length ? ` (${methods.join(', ')})` : ''}`);
  for (const note of patch.notes) out.push(`  note: ${note.message}`);
  return out;
}

/** One field change of a kfunc in words: `flags: +KF_DEPRECATED`. */
export function fieldText(c: FieldChange): string {
  if (c.added || c.removed) {
    const label = c.field === 'flags' ? 'flags' : 'program types';
    return `${label}: ${[...(c.added ?? []).map((x) => `+${x}`), ...(c.removed ?? []).map((x) => `-${x}`)].join(' ')}`;
  }
  if (c.field === 'signature') return `signature: ${c.before ?? '(none)'} -> ${c.after ?? '(none)'}`;
  const parts = c.parts ?? [];
  if (parts[0] === 'added' || parts[0] === 'removed') return `kernel-doc comment ${parts[0]}`;
  return `kernel-doc changed (${parts.join(', ')})`;
}

function kfuncLines(k: KfuncChange): string[] {
  const head =
    k.kind === 'renamed'
      ? `renamed    ${k.from} -> ${k.name}`
      : k.kind === 'mentioned'
        ? `mentioned  ${k.name} (${k.file}:${k.line})`
        : `${k.kind.padEnd(10)} ${k.name}${k.replaces ? ` (replaces ${k.replaces})` : ''}`;
  const out = [`  ${head}`];
  if (k.reason) out.push(`      why a rename: ${k.reason}`);
  for (const c of k.changes) out.push(`      ${fieldText(c)}`);
  if (k.deprecation) {
    const d = k.deprecation;
    const deadline = d.removalPlanned ? `, removal planned for ${d.removalPlanned}${d.deadlineText && d.deadlineText.replace(/^v/, '') !== d.removalPlanned ? ` (written "${d.deadlineText}")` : ''}` : ', no removal deadline';
    out.push(`      deprecated${deadline}${d.replacement ? `, use ${d.replacement}()` : ''}: ${d.source} (${d.file}:${d.line})`);
    out.push(`      ${d.permalink}`);
  } else {
    out.push(`      ${k.permalink}`);
  }
  return out;
}

/** What the patch does to each flag, in words, whatever it does to its definition and its documentation. */
export function flagSummaries(changes: readonly FlagChange[]): { name: string; text: string; permalink: string }[] {
  const byName = new Map<string, FlagChange[]>();
  for (const f of changes) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const out: { name: string; text: string; permalink: string }[] = [];
  for (const [name, list] of byName) {
    const kinds = new Set(list.map((f) => f.kind));
    const parts = list.map((f) => {
      const at = f.where ? (f.where.section ? `"${f.where.section}" (${f.where.file}:${f.where.line})` : `${f.where.file}:${f.where.line}`) : '';
      if (f.kind === 'documented') {
        const other = kinds.has('defined') ? '' : f.counterpart === null ? '' : f.counterpart ? '' : '; no include/linux/btf.h defines it';
        return `newly documented in ${at}${other}`;
      }
      if (f.kind === 'undocumented') return `no longer documented (was ${at})${kinds.has('undefined') || f.counterpart === null ? '' : f.counterpart ? '; still defined in include/linux/btf.h' : ''}`;
      if (f.kind === 'defined') return `newly defined at ${at}${kinds.has('documented') || f.counterpart ? '' : '; no guide documents it'}`;
      return `no longer defined (was ${at})${kinds.has('undocumented') || !f.counterpart ? '' : '; still documented'}`;
    });
    out.push({ name, text: parts.join('; '), permalink: list[0].permalink });
  }
  return out;
}

function flagLines(changes: readonly FlagChange[]): string[] {
  return flagSummaries(changes).flatMap((f) => [`  ${f.name}: ${f.text}`, `      ${f.permalink}`]);
}

export function formatPreviewText(report: PreviewReport, options: PreviewTextOptions = {}): string {
  const color = options.color ?? false;
  const h = (text: string) => bold(color, text);
  const out: string[] = [...formatPatchHeader(report.patch, report.tree), ''];

  const docs = report.documents;
  if (docs.length) for (const d of docs) out.push(...formatDocumentText(d).map((l, i) => (i === 0 ? h(l) : l)), '');
  else out.push(h('Guides: the patch changes no .rst file'), '');
  out.push(...formatReferencesText(report.references).map((l, i) => (i === 0 ? h(l) : l)), '');

  // Without C sources the note at the end says, once, what was not compared.
  if (report.tree.hasSources) {
    if (!report.kfuncs.length) out.push(`${h('Kfuncs:')} no change`);
    else out.push(h('Kfuncs:'), ...report.kfuncs.flatMap(kfuncLines));
    out.push('');
  }

  if (report.flags.length) out.push(h('Flags:'), ...flagLines(report.flags), '');

  const { introduced, resolved } = report.diagnostics;
  if (!introduced.length && !resolved.length) out.push(`${h('Findings:')} none introduced, none resolved`);
  if (introduced.length) out.push(h(`Findings the patch introduces (${introduced.length}):`), indent(formatDiagnosticsText(introduced)));
  if (resolved.length) out.push(h(`Findings the patch resolves (${resolved.length}):`), ...columns(resolved.map((d) => [`${d.file}:${d.line}:`, `${d.message} [${d.code}]`]), '  '));
  for (const note of report.skipped) out.push('', `Note: ${note}.`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
