import { describe, expect, it } from 'vitest';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import { documentPath, resolveReferences } from '../../src/rst/resolve-references.ts';
import { scanRstLabels } from '../../src/rst/scan-rst-labels.ts';

const kfuncs = parseRstDocument(
  'Documentation/bpf/kfuncs.rst',
  '.. _kfuncs-header-label:\n\nkfuncs\n======\n\nSee :ref:`cpumasks-header-label`, :ref:`genindex`, :doc:`cpumasks`,\n:doc:`/process/x` and :ref:`missing`.\n',
);
const cpumasks = parseRstDocument(
  'Documentation/bpf/cpumasks.rst',
  '.. _cpumasks-header-label:\n\ncpumasks\n========\n\nBack to :ref:`kfuncs-header-label`.\n\n.. _kfuncs-header-label:\n\nAgain\n-----\n',
);

describe('resolveReferences', () => {
  const result = resolveReferences([kfuncs, cpumasks]);
  const resolved = Object.fromEntries(result.references.map((r) => [`${r.path}:${r.reference.target}`, r.resolved]));

  it('collects labels of every document before resolving, so a label in a later document resolves', () => {
    expect(resolved['Documentation/bpf/kfuncs.rst:cpumasks-header-label']).toEqual({ path: 'Documentation/bpf/cpumasks.rst', line: 3, anchor: 'cpumasks-header-label' });
    expect(resolved['Documentation/bpf/cpumasks.rst:kfuncs-header-label']).toEqual({ path: 'Documentation/bpf/kfuncs.rst', line: 3, anchor: 'kfuncs-header-label' });
  });

  it("resolves Sphinx's own labels and :doc: paths, and leaves unknown labels null", () => {
    expect(resolved['Documentation/bpf/kfuncs.rst:genindex']).toMatchObject({ external: true });
    expect(resolved['Documentation/bpf/kfuncs.rst:cpumasks']).toEqual({ path: 'Documentation/bpf/cpumasks.rst', line: 3, anchor: null });
    expect(resolved['Documentation/bpf/kfuncs.rst:/process/x']).toEqual({ path: 'Documentation/process/x.rst', line: 1, anchor: null, external: true });
    expect(resolved['Documentation/bpf/kfuncs.rst:missing']).toBeNull();
  });

  it('reports a duplicate label with the other instance', () => {
    expect(result.duplicates.map((d) => [d.name, d.first.path, d.first.label.line, d.duplicate.path, d.duplicate.label.line])).toEqual([
      ['kfuncs-header-label', 'Documentation/bpf/kfuncs.rst', 1, 'Documentation/bpf/cpumasks.rst', 8],
    ]);
  });

  it('uses labels scanned from documents that were not parsed, and known paths for :doc:', () => {
    const extra = scanRstLabels('Documentation/process/x.rst', '.. _missing:\n\nTitle\n=====\n');
    const r = resolveReferences([kfuncs], { extraLabels: extra, knownPaths: new Set(['Documentation/bpf/kfuncs.rst']) });
    const byTarget = Object.fromEntries(r.references.map((x) => [x.reference.target, x.resolved]));
    expect(byTarget.missing).toEqual({ path: 'Documentation/process/x.rst', line: 1, anchor: 'missing' });
    expect(byTarget['/process/x']).toBeNull();
  });
});

describe('documentPath', () => {
  it.each([
    ['Documentation/bpf/map_devmap.rst', 'redirect', 'Documentation/bpf/redirect.rst'],
    ['Documentation/bpf/libbpf/libbpf_overview.rst', '../btf', 'Documentation/bpf/btf.rst'],
    ['Documentation/bpf/bpf_devel_QA.rst', '/dev-tools/kselftest', 'Documentation/dev-tools/kselftest.rst'],
  ])('%s + %s', (from, target, path) => expect(documentPath(from, target)).toBe(path));
});

describe('scanRstLabels', () => {
  it('finds internal targets only', () => {
    const labels = scanRstLabels('a.rst', '.. _One:\n  .. _two words:\n.. _ext: https://x\n.. _`q: x`:\n.. __: https://anon\n');
    expect(labels.map((l) => [l.label.name, l.label.line, l.label.column])).toEqual([
      ['one', 1, 1],
      ['two words', 2, 3],
      ['q: x', 4, 1],
    ]);
  });
});
