import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.ts';
import { formatDiagnosticsText, formatSummary } from '../../src/diagnostics/format-text.ts';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';

describe('diagnostic codes', () => {
  it('registers every code the pipeline reports on the sample', async () => {
    const trees = await Promise.all(['sample/linux-6.18', 'sample/linux-6.19', 'sample/linux-7.0'].map((p) => openKernelTree(p)));
    const { graph } = await buildGraph(trees);
    expect(graph.diagnostics.length).toBeGreaterThan(0);
    for (const d of graph.diagnostics) expect(DIAGNOSTIC_CODES, d.code).toContain(d.code);
  });

  it('are stable, kebab-case and prefixed by their stage', () => {
    for (const code of DIAGNOSTIC_CODES) expect(code).toMatch(/^(registrations|kerneldoc|patch|rst|doc|kfunc|deprecation|checks)-[a-z0-9-]+$/);
  });
});

describe('text format', () => {
  const d = { code: 'rst-section-duplicate', severity: 'warning' as const, file: 'a.rst', line: 3, column: 2, message: 'duplicate section number 2.1', hint: 'renumber it', related: { file: 'a.rst', line: 1, message: 'first 2.1' } };
  it('prints gcc-style lines that quickfix lists read, with the other instance and the hint', () => {
    expect(formatDiagnosticsText([d])).toBe('a.rst:3:2: warning: duplicate section number 2.1 [rst-section-duplicate]\na.rst:1:1: note: first 2.1\n  hint: renumber it');
  });
  it('adds a code frame when the source is given', () => {
    const text = formatDiagnosticsText([d], { sources: () => 'one\ntwo\n2.1 Three\n' });
    expect(text).toContain('> 3 | 2.1 Three');
  });
  it('summarises by severity', () => {
    expect(formatSummary([d, { ...d, severity: 'error' }])).toBe('1 error, 1 warning, 0 notes');
  });
});
