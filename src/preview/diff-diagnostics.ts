import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * What identifies a finding across an edit: code, file and message. Line numbers shift with every
 * edit above, so they are left out, also where a message quotes one (`other instance at x.rst:12`).
 * @example diagnosticKey({ code: 'c', file: 'a.rst', line: 3, severity: 'warning', message: 'see a.rst:12' }) // 'c\0a.rst\0see a.rst:#'
 */
export function diagnosticKey(d: Diagnostic): string {
  return `${d.code}\0${d.file}\0${d.message.replace(/(:|\bline )\d+/g, '$1#')}`;
}

/** Findings the patch introduces (in `after` only) and resolves (in `before` only), as multisets. */
export function diffDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): { introduced: Diagnostic[]; resolved: Diagnostic[] } {
  const waiting = new Map<string, Diagnostic[]>();
  for (const d of before) waiting.set(diagnosticKey(d), [...(waiting.get(diagnosticKey(d)) ?? []), d]);
  const introduced: Diagnostic[] = [];
  for (const d of after) {
    const match = waiting.get(diagnosticKey(d));
    if (match?.length) match.shift();
    else introduced.push(d);
  }
  return { introduced, resolved: [...waiting.values()].flat() };
}
