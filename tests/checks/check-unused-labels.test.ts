import { describe, expect, it } from 'vitest';
import { checkUnusedLabels } from '../../src/checks/check-unused-labels.ts';
import { brief, loadFixtures } from './load-fixtures.ts';

describe('checkUnusedLabels', () => {
  it('reports labels nothing refers to, as info', () => {
    expect(brief(checkUnusedLabels(loadFixtures('unused-labels', 'fail')))).toEqual(['widgets.rst:6:1 info rst-label-unused label widget-lifecycle is not referenced']);
  });

  it('counts references from other documents', () => {
    expect(checkUnusedLabels(loadFixtures('unused-labels', 'pass'))).toEqual([]);
  });
});
