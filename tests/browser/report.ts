/** The runner's output: one line per check, then the summary line CI reads. */
import type { CheckResult } from './run-checks.ts';

/**
 * One check as a line (its notes indented below it).
 * @example formatResult({ name: 'sample: index', status: 'failed', reason: 'no table', notes: [], milliseconds: 1 })
 * // 'FAIL sample: index: no table'
 */
export function formatResult(result: CheckResult): string {
  // A multi-line reason (a build's output) stays under its check, indented like the notes.
  const reason = result.reason?.replace(/\n/g, '\n    ');
  const head =
    result.status === 'passed'
      ? `ok ${result.name} (${(result.milliseconds / 1000).toFixed(1)} s)`
      : result.status === 'skipped'
        ? `skip ${result.name}: ${reason}`
        : `FAIL ${result.name}: ${reason}`;
  return [head, ...result.notes.map((n) => `    ${n}`)].join('\n');
}

/**
 * The plain summary line; skipped checks are counted only when there are some.
 * @example summaryLine([{ status: 'passed' }, { status: 'skipped' }]) // '1 passed, 0 failed, 1 skipped'
 */
export function summaryLine(results: Pick<CheckResult, 'status'>[]): string {
  const count = (status: CheckResult['status']) => results.filter((r) => r.status === status).length;
  const skipped = count('skipped');
  return `${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
