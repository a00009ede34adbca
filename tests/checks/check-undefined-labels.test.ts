import { describe, expect, it } from 'vitest';
import { checkUndefinedLabels } from '../../src/checks/check-undefined-labels.ts';
import { brief, loadFixtures } from './load-fixtures.ts';

describe('checkUndefinedLabels', () => {
  it('reports labels no document defines, suggesting a close one, and missing documents', () => {
    const docs = loadFixtures('undefined-labels', 'fail');
    const found = checkUndefinedLabels(docs, { knownPaths: new Set(docs.map((d) => d.path)) });
    expect(brief(found)).toEqual([
      "widgets.rst:4:5 warning rst-label-undefined undefined label: 'gadgets-header-labl'",
      "widgets.rst:4:36 warning rst-label-undefined undefined label: 'nowhere-at-all'",
      "widgets.rst:4:63 warning rst-doc-undefined unknown document: 'gizmos'",
    ]);
    expect(found[0].hint).toBe('did you mean :ref:`gadgets-header-label`?');
    expect(found[0].related).toMatchObject({ file: 'Documentation/bpf/gadgets.rst', line: 1 });
  });

  it('resolves across documents, case and whitespace aside, with Sphinx labels and :doc:', () => {
    const docs = loadFixtures('undefined-labels', 'pass');
    expect(checkUndefinedLabels(docs, { knownPaths: new Set(docs.map((d) => d.path)) })).toEqual([]);
  });
});
