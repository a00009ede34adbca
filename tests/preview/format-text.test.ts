import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.ts';
import type { HunkFailure } from '../../src/patches/types.ts';
import { formatApplyFailure, formatHunkFailure } from '../../src/preview/format-apply-failure.ts';
import { formatPreviewText } from '../../src/preview/format-preview-text.ts';
import { PREVIEW_SCHEMA, type PreviewReport } from '../../src/preview/preview-report.ts';

const report: PreviewReport = {
  schema: PREVIEW_SCHEMA,
  patch: { source: 'x.eml', subject: '[PATCH] bpf/docs: things', messageId: 'a@b', author: 'A U Thor <a@example.org>', date: '2026-01-02T03:04:05.000Z', patches: 1, quoteDepth: 1, files: [{ file: 'Documentation/bpf/kfuncs.rst', status: 'modified', hunks: [{ hunk: 1, method: 'exact', offset: 0, fuzz: 0, at: 3 }] }], notes: [] },
  tree: { label: '/src/linux', version: '7.2', hasSources: true },
  site: 'https://kfuncdoc.invalid',
  documents: [],
  references: { added: [], broken: [], fixed: [], removed: 0 },
  kfuncs: [
    {
      name: 'bpf_new',
      kind: 'renamed',
      from: 'bpf_old',
      reason: 'compat header maps the old name to the new one',
      file: 'kernel/bpf/x.c',
      line: 9,
      changes: [{ field: 'flags', before: ['KF_RCU'], after: ['KF_RCU', 'KF_SLEEPABLE'], added: ['KF_SLEEPABLE'], removed: [] }],
      permalink: 'https://kfuncdoc.invalid/kfuncs/bpf_new/',
    },
    {
      name: 'bpf_gone',
      kind: 'changed',
      file: 'kernel/bpf/x.c',
      line: 20,
      changes: [],
      deprecation: { source: 'registered with KF_DEPRECATED', file: 'kernel/bpf/x.c', line: 20, deadlineText: 'v6.23', removalPlanned: '7.3', permalink: 'https://kfuncdoc.invalid/kfuncs/bpf_gone/#deprecation' },
      permalink: 'https://kfuncdoc.invalid/kfuncs/bpf_gone/',
    },
  ],
  flags: [],
  diagnostics: { introduced: [diagnostic('rst-title-underline-short', 'warning', { file: 'Documentation/bpf/kfuncs.rst', line: 12, column: 5 }, 'title underline too short')], resolved: [] },
  skipped: [],
};

describe('formatPreviewText', () => {
  const text = formatPreviewText(report);
  it('starts with who sent what, and how it applied', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Patch: [PATCH] bpf/docs: things',
      '  From: A U Thor <a@example.org>, 2026-01-02',
      '  Message-ID: <a@b>',
      '  (the patch as quoted in a reply, > removed)',
      '  Tree: /src/linux (7.2)',
      '  Applied: 1 file, 1 hunk (exact)',
    ]);
  });

  it('lists kfunc changes with their permalinks, a deprecation with its deadline as written', () => {
    expect(text).toContain('  renamed    bpf_old -> bpf_new\n      why a rename: compat header maps the old name to the new one\n      flags: +KF_SLEEPABLE\n      https://kfuncdoc.invalid/kfuncs/bpf_new/');
    expect(text).toContain('      deprecated, removal planned for 7.3 (written "v6.23"): registered with KF_DEPRECATED (kernel/bpf/x.c:20)\n      https://kfuncdoc.invalid/kfuncs/bpf_gone/#deprecation');
  });

  it('prints findings gcc-style, plain unless colour is asked for', () => {
    expect(text).toContain('  Documentation/bpf/kfuncs.rst:12:5: warning: title underline too short [rst-title-underline-short]');
    expect(text).not.toMatch(/\u001b\[/);
    expect(formatPreviewText(report, { color: true })).toMatch(/\u001b\[1mKfuncs:\u001b\[0m/);
  });
});

describe('formatApplyFailure', () => {
  const failure: HunkFailure = {
    file: 'kernel/bpf/x.c',
    hunk: 2,
    header: '@@ -10,3 +10,4 @@ static int f(void)',
    patchLine: 40,
    expectedAt: 10,
    expected: ['a', 'b', 'c'],
    found: ['a', 'B', 'c'],
    firstMismatch: 11,
    closest: { at: 30, matching: 3 },
  };

  it('shows the differing lines, expected beside found', () => {
    expect(formatHunkFailure(failure)).toEqual([
      '  kernel/bpf/x.c: hunk #2 @@ -10,3 +10,4 @@ expected at line 10:',
      '    line 11:',
      '      expected: "b"',
      '      found:    "B"',
      '    closest match: line 30, 3 of 3 lines alike',
    ]);
  });

  it('puts them under the diagnostic of the failed hunk, and leaves out notes about hunks that matched', () => {
    const failed = diagnostic('patch-hunk-failed', 'error', { file: 'p.diff', line: 40 }, 'kernel/bpf/x.c: hunk #2 does not apply');
    const offset = diagnostic('patch-hunk-offset', 'info', { file: 'p.diff', line: 50 }, 'kernel/bpf/y.c: hunk #1 applied at line 3');
    const text = formatApplyFailure('/src/linux', [failed, offset], [failure]);
    expect(text).toMatch(/^kfuncdoc preview: the patch does not apply to \/src\/linux: 1 hunk in 1 file does not match; nothing was previewed or written\n/);
    expect(text).toContain('p.diff:40:1: error: kernel/bpf/x.c: hunk #2 does not apply [patch-hunk-failed]\n  kernel/bpf/x.c: hunk #2');
    expect(text).not.toContain('applied at line 3');
  });

  it('names the patch of a series that failed', () => {
    const text = formatApplyFailure('/src/linux', [], [failure], { failedAt: { index: 2, of: 3, subject: '[PATCH 2/3] bpf: add a flag' } });
    expect(text.split('\n')[0]).toBe('kfuncdoc preview: patch 2 of 3 ("[PATCH 2/3] bpf: add a flag") does not apply to /src/linux: 1 hunk in 1 file does not match; nothing was previewed or written');
  });
});
