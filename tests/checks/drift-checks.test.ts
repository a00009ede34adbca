/** The doc↔code checks, each with an input that fails it and one that passes. */
import { describe, expect, it } from 'vitest';
import { checkFlagDocs } from '../../src/checks/check-flag-docs.ts';
import { checkKernelDocDirectives } from '../../src/checks/check-kernel-doc-directives.ts';
import { checkKfuncKernelDoc } from '../../src/checks/check-kfunc-kernel-doc.ts';
import { checkKfuncMentions } from '../../src/checks/check-kfunc-mentions.ts';
import { checkPastDeadlines } from '../../src/checks/check-past-deadlines.ts';
import type { DriftInput } from '../../src/checks/drift-input.ts';
import type { Deprecation, KfuncVersion } from '../../src/graph/types.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

const GUIDE = [
  'kfuncs',
  '======',
  '',
  '1. KF_ACQUIRE flag',
  '------------------',
  '',
  'Use bpf_task_acquire() to take a reference.',
  '',
  '2. KF_DEPRECATED flag',
  '---------------------',
  '',
  'See also bpf_old_name() and bpf_nonexistent().',
  '',
  '.. kernel-doc:: kernel/bpf/helpers.c',
  '   :identifiers: bpf_task_acquire bpf_gone',
  '',
].join('\n');

function kfunc(extra: Partial<KfuncVersion & { testOnly: boolean }> = {}): KfuncVersion & { testOnly: boolean } {
  return {
    testOnly: false,
    flags: [],
    programTypes: [],
    registrations: [],
    conditions: [],
    file: 'kernel/bpf/helpers.c',
    line: 50,
    definition: { file: 'kernel/bpf/helpers.c', line: 10, signature: 'void f(void)' },
    bpfDeclaration: null,
    doc: { name: 'f', summary: 's', params: [], returns: null, sections: [], description: '', file: 'kernel/bpf/helpers.c', line: 5 },
    deprecations: [],
    ...extra,
  };
}

function input(overrides: Partial<DriftInput> = {}, text = GUIDE): DriftInput {
  const path = 'Documentation/bpf/kfuncs.rst';
  return {
    version: '7.2',
    newestVersion: '7.2',
    hasSources: true,
    documents: [parseRstDocument(path, text)],
    texts: new Map([[path, text]]),
    flags: [
      { name: 'KF_ACQUIRE', file: 'include/linux/btf.h', line: 3 },
      { name: 'KF_DEPRECATED', file: 'include/linux/btf.h', line: 4 },
    ],
    kfuncs: new Map([['bpf_task_acquire', kfunc()]]),
    functions: new Set(['bpf_task_acquire']),
    elsewhere: new Map(),
    helpers: new Set(),
    kernelDocSources: new Map([['kernel/bpf/helpers.c', new Set(['bpf_task_acquire', 'bpf_gone'])]]),
    illustrative: new Set(['bpf_nonexistent', 'bpf_old_name']),
    ...overrides,
  };
}
const codes = (ds: { code: string; message: string }[]) => ds.map((d) => `${d.code}: ${d.message.split(' ')[0]}`);

describe('flag documentation', () => {
  it('passes when every flag with a section is defined and every defined flag is named', () => {
    expect(checkFlagDocs(input())).toEqual([]);
  });
  it('reports a flag documented but not defined, and one defined but named nowhere', () => {
    const ds = checkFlagDocs(input({ flags: [{ name: 'KF_ACQUIRE', file: 'include/linux/btf.h', line: 3 }, { name: 'KF_FASTCALL', file: 'include/linux/btf.h', line: 9 }] }));
    expect(codes(ds)).toEqual(['doc-flag-undefined: KF_DEPRECATED', 'doc-flag-undocumented: KF_FASTCALL']);
    expect(ds[0]).toMatchObject({ file: 'Documentation/bpf/kfuncs.rst', line: 9 });
  });
  it('is skipped without C sources', () => {
    expect(checkFlagDocs(input({ hasSources: false, flags: [] }))).toEqual([]);
  });
});

describe('kernel-doc directives', () => {
  it('passes when every named function is documented in the file', () => {
    expect(checkKernelDocDirectives(input())).toEqual([]);
  });
  it('reports names the file does not document, and files that do not exist', () => {
    expect(codes(checkKernelDocDirectives(input({ kernelDocSources: new Map([['kernel/bpf/helpers.c', new Set(['bpf_task_acquire'])]]) })))).toEqual([
      'doc-kernel-doc-missing: kernel-doc',
    ]);
    expect(codes(checkKernelDocDirectives(input({ kernelDocSources: new Map([['kernel/bpf/helpers.c', null]]) })))).toEqual(['doc-kernel-doc-file-missing: kernel-doc']);
  });
  it('reports a :doc: title the file has no DOC: block for', () => {
    const text = `${GUIDE}\n.. kernel-doc:: kernel/bpf/helpers.c\n   :doc: helper overview\n`;
    const sources = (names: string[]) => new Map([['kernel/bpf/helpers.c', new Set(['bpf_task_acquire', 'bpf_gone', ...names])]]);
    expect(checkKernelDocDirectives(input({ kernelDocSources: sources(['helper overview']) }, text))).toEqual([]);
    const [missing] = checkKernelDocDirectives(input({ kernelDocSources: sources(['helpers']) }, text));
    expect(missing).toMatchObject({ code: 'doc-kernel-doc-missing', line: 17, message: 'kernel-doc directive names "DOC: helper overview", which kernel/bpf/helpers.c does not have' });
  });
});

describe('kfunc names in the guides', () => {
  it('passes for kfuncs and illustrative names', () => {
    expect(checkKfuncMentions(input())).toEqual([]);
  });
  it('reports a renamed kfunc still named, and an unknown bpf_ call in a kfunc guide', () => {
    const ds = checkKfuncMentions(input({ illustrative: new Set(), elsewhere: new Map([['bpf_old_name', 'renamed to bpf_new_name in 7.2']]) }));
    expect(codes(ds)).toEqual(['doc-kfunc-stale: bpf_old_name', 'doc-kfunc-unknown: bpf_nonexistent()']);
    expect(ds[0].message).toMatch(/renamed to bpf_new_name/);
  });
});

describe('kfuncs without kernel-doc', () => {
  it('passes when the kfunc is documented, or test-only', () => {
    expect(checkKfuncKernelDoc(input())).toEqual([]);
    expect(checkKfuncKernelDoc(input({ kfuncs: new Map([['bpf_t', kfunc({ doc: null, testOnly: true })]]) }))).toEqual([]);
  });
  it('notes a registered kfunc with no kernel-doc', () => {
    const ds = checkKfuncKernelDoc(input({ kfuncs: new Map([['bpf_x', kfunc({ doc: null })]]) }));
    expect(ds).toMatchObject([{ code: 'kfunc-kernel-doc-missing', severity: 'info', line: 10 }]);
  });
});

describe('past-due deadlines', () => {
  const due = (removalPlanned: string, deadlineText: string): Deprecation => ({ source: 'compat-header', file: 'tools/x/compat.bpf.h', line: 7, version: '7.2', text: 'until', removalPlanned, deadlineText });
  it('passes for a deadline after the newest version', () => {
    expect(checkPastDeadlines(input({ kfuncs: new Map([['bpf_x', kfunc({ deprecations: [due('7.4', 'v7.4')] })]]) }))).toEqual([]);
  });
  it('reports a deadline at or before it, saying how it was written (v6.20 is 7.0)', () => {
    const ds = checkPastDeadlines(input({ kfuncs: new Map([['bpf_x', kfunc({ deprecations: [due('7.0', 'v6.20')] })]]) }));
    expect(ds.map((d) => d.message)).toEqual(['bpf_x() was to be removed in 7.0 (written "v6.20") and is still registered in 7.2']);
  });
  it('only judges the newest version', () => {
    expect(checkPastDeadlines(input({ version: '6.12', kfuncs: new Map([['bpf_x', kfunc({ deprecations: [due('6.1', 'v6.1')] })]]) }))).toEqual([]);
  });
});
