import { codeFrameColumns } from '@babel/code-frame';
import type { Diagnostic } from './diagnostic.ts';

export interface TextFormatOptions {
  /** Source text by file, for code frames; frames are shown only for files given here. */
  sources?: (file: string) => string | undefined;
  color?: boolean;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const SEVERITY_COLOR = { error: '1;31', warning: '1;35', info: '1;36' } as const;

/**
 * gcc-style lines that editors' quickfix lists read: `path:line:col: warning: message [code]`,
 * then the hint, the other instance, and a code frame when sources are given.
 */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], options: TextFormatOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.file}:${d.line}:${d.column ?? 1}`;
    out.push(`${paint(color, '1', where)}: ${paint(color, SEVERITY_COLOR[d.severity], d.severity)}: ${d.message} [${d.code}]`);
    const text = options.sources?.(d.file);
    if (text !== undefined) {
      out.push(codeFrameColumns(text, { start: { line: d.line, column: d.column ?? 1 } }, { highlightCode: false, linesAbove: 1, linesBelow: 1 }));
    }
    if (d.related) {
      out.push(`${d.related.file}:${d.related.line}:${d.related.column ?? 1}: note: ${d.related.message ?? 'other instance here'}`);
    }
    if (d.hint) out.push(`  hint: ${d.hint}`);
  }
  return out.join('\n');
}

/** `3 errors, 12 warnings, 2 notes` — the closing line of a check run. */
export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`;
}
