import { describe, expect, it } from 'vitest';
import { checkDuplicateLabels } from '../../src/checks/check-duplicate-labels.ts';
import { brief, loadFixtures } from './load-fixtures.ts';

describe('checkDuplicateLabels', () => {
  it('reports a label defined twice across documents, with the other instance', () => {
    const found = checkDuplicateLabels(loadFixtures('duplicate-labels', 'fail'));
    expect(brief(found)).toEqual(['widgets.rst:6:1 warning rst-label-duplicate duplicate label shared-label, other instance in Documentation/bpf/gadgets.rst:6']);
    expect(found[0].related).toEqual({ file: 'Documentation/bpf/gadgets.rst', line: 6, column: 1, message: 'other instance' });
  });

  it('accepts distinct labels', () => {
    expect(checkDuplicateLabels(loadFixtures('duplicate-labels', 'pass'))).toEqual([]);
  });
});
