/** Loads tests/checks/fixtures/<check>/<pass|fail>/*.rst as documents under Documentation/bpf/. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import type { RstDocument } from '../../src/rst/rst-document.ts';

export function loadFixtures(check: string, kind: 'pass' | 'fail'): RstDocument[] {
  const dir = fileURLToPath(new URL(`./fixtures/${check}/${kind}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rst'))
    .sort()
    .map((f) => parseRstDocument(`Documentation/bpf/${f}`, readFileSync(dir + f, 'utf8')));
}

/** `file:line:col code message` lines: what a reader of the check's output sees. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file.replace('Documentation/bpf/', '')}:${d.line}:${d.column ?? 0} ${d.severity} ${d.code} ${d.message}`);
}
