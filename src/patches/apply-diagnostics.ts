import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { headerOnly } from './read-hunk.ts';
import type { HunkFailure, HunkResult } from './types.ts';

const show = (line: string | undefined) => (line === undefined ? 'the end of the file' : JSON.stringify(line));

/** A hunk that matched nowhere: the patch line, the tree line, and the first line that differs. */
export function failureDiagnostic(f: HunkFailure, source: string): Diagnostic {
  const k = f.firstMismatch === undefined ? -1 : f.firstMismatch - f.expectedAt;
  const detail = k >= 0 ? `line ${f.firstMismatch} should be ${show(f.expected[k])} but is ${show(f.found[k])}` : 'its lines are there but out of reach of the previous hunk';
  const closest = f.closest ? `; closest: line ${f.closest.at}, ${f.closest.matching} of ${f.expected.length} lines match` : '';
  return diagnostic(
    'patch-hunk-failed',
    'error',
    { file: source, line: f.patchLine },
    `${f.file}: hunk #${f.hunk} ${headerOnly(f.header)} does not apply: ${detail}${closest}`,
    {
      related: { file: f.file, line: f.firstMismatch ?? f.expectedAt, message: `hunk #${f.hunk} expected here` },
      hint: 'the tree differs from the one the patch was made against: apply the patches it depends on first, or use the right --kernel tree',
    },
  );
}

/** Says how a hunk that did apply needed help: an offset (note), fuzz or whitespace (warning). */
export function methodDiagnostic(file: string, h: HunkResult, patchLine: number, source: string): Diagnostic | undefined {
  const where = `${file}: hunk #${h.hunk} ${headerOnly(h.header)}`;
  const related = { related: { file, line: h.at, message: `hunk #${h.hunk} applied here` } };
  const lines = (n: number) => `${Math.abs(n)} line${Math.abs(n) === 1 ? '' : 's'}`;
  switch (h.method) {
    case 'exact':
      return undefined;
    case 'offset':
      return diagnostic('patch-hunk-offset', 'info', { file: source, line: patchLine }, `${where} applied at line ${h.at} (offset ${h.offset > 0 ? '+' : '-'}${lines(h.offset)})`, related);
    case 'fuzz':
      return diagnostic('patch-hunk-fuzz', 'warning', { file: source, line: patchLine }, `${where} applied at line ${h.at} with fuzz ${h.fuzz} (context lines ignored)`, related);
    case 'whitespace':
      return diagnostic('patch-hunk-whitespace', 'warning', { file: source, line: patchLine }, `${where} applied at line ${h.at} only when whitespace differences are ignored${h.fuzz ? ` (fuzz ${h.fuzz})` : ''}`, {
        ...related,
        hint: 'a mailer changed the whitespace (Gmail turns tabs into spaces); added lines keep the patch\'s whitespace',
      });
  }
}
