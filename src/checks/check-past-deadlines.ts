/**
 * Deprecated kfuncs still present after their planned removal: the deadline names a version at
 * or before the newest one scanned (with 7.0 following 6.19, "v6.20" is 7.0).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { compareVersions } from '../versions/kernel-version.ts';
import type { DriftInput } from './drift-input.ts';

export const PAST_DEADLINE_CODES = ['deprecation-past-due'] as const;

export function checkPastDeadlines(input: DriftInput): Diagnostic[] {
  if (input.version !== input.newestVersion) return [];
  const out: Diagnostic[] = [];
  for (const [name, k] of input.kfuncs) {
    const due = k.deprecations.find((d) => d.removalPlanned && compareVersions(d.removalPlanned, input.version) <= 0);
    if (!due) continue;
    const written = due.deadlineText && due.deadlineText.replace(/^v/, '') !== due.removalPlanned ? ` (written "${due.deadlineText}")` : '';
    out.push(diagnostic('deprecation-past-due', 'warning', due, `${name}() was to be removed in ${due.removalPlanned}${written} and is still registered in ${input.version}`, {
      hint: `remove ${name}() or move its deadline`,
      version: input.version,
    }));
  }
  return out;
}
