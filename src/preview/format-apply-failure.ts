/**
 * Why a patch did not apply, as text: the gcc-style diagnostics of the patches stage, and under
 * each failed hunk the lines it expected beside the lines the tree holds there.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatDiagnosticsText } from '../diagnostics/format-text.ts';
import type { HunkFailure } from '../patches/types.ts';

/** Differing lines shown per hunk; the rest are counted. */
const MAX_LINES = 6;

/** Expected vs found, line by line, for the lines that differ. */
export function formatHunkFailure(f: HunkFailure): string[] {
  const out = [`  ${f.file}: hunk #${f.hunk} ${f.header.replace(/^(@@[^@]*@@).*$/, '$1')} expected at line ${f.expectedAt}:`];
  const differing = f.expected.map((line, k) => ({ k, line, found: f.found[k] })).filter((x) => x.line !== x.found);
  for (const d of differing.slice(0, MAX_LINES)) {
    out.push(`    line ${f.expectedAt + d.k}:`, `      expected: ${JSON.stringify(d.line)}`, `      found:    ${d.found === undefined ? '(end of file)' : JSON.stringify(d.found)}`);
  }
  if (differing.length > MAX_LINES) out.push(`    … and ${differing.length - MAX_LINES} more differing lines of ${f.expected.length}`);
  if (f.closest) out.push(`    closest match: line ${f.closest.at}, ${f.closest.matching} of ${f.expected.length} lines alike`);
  return out;
}

export interface FailedPatch {
  index: number;
  of: number;
  subject: string | null;
}

export function formatApplyFailure(treeLabel: string, diagnostics: readonly Diagnostic[], failures: readonly HunkFailure[], options: { color?: boolean; failedAt?: FailedPatch } = {}): string {
  const files = new Set(failures.map((f) => f.file)).size;
  const n = failures.length;
  const count = n ? `: ${n} hunk${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} ${n === 1 ? 'does' : 'do'} not match` : '';
  const at = options.failedAt && options.failedAt.of > 1 ? options.failedAt : undefined;
  const which = at ? `patch ${at.index} of ${at.of}${at.subject ? ` ("${at.subject}")` : ''}` : 'the patch';
  const out = [`kfuncdoc preview: ${which} does not apply to ${treeLabel}${count}; nothing was previewed or written`, ''];
  const color = options.color ?? false;
  // How the hunks that did match went on (offsets) is noise once the patch as a whole failed.
  for (const d of diagnostics.filter((x) => x.severity !== 'info')) {
    out.push(formatDiagnosticsText([d], { color }));
    if (d.code !== 'patch-hunk-failed') continue;
    const failure = failures.find((f) => f.patchLine === d.line && d.message.startsWith(`${f.file}:`));
    if (failure) out.push(...formatHunkFailure(failure));
  }
  return out.join('\n') + '\n';
}
