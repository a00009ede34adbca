import { describe, expect, it } from 'vitest';
import { checkSectionNumberSpacing } from '../../src/checks/check-section-number-spacing.ts';
import { brief, loadFixtures } from './load-fixtures.ts';

describe('checkSectionNumberSpacing', () => {
  it('reports two spaces after a number, at the spaces', () => {
    const found = checkSectionNumberSpacing(loadFixtures('section-number-spacing', 'fail'));
    expect(brief(found)).toEqual(['widgets.rst:4:4 warning rst-section-spacing 2 spaces after section number 2.7 in "2.7  Specifying no-cast aliases"']);
    expect(found[0].hint).toBe('write one space between the number and the title');
  });

  it('accepts one space, with or without a trailing dot', () => {
    expect(checkSectionNumberSpacing(loadFixtures('section-number-spacing', 'pass'))).toEqual([]);
  });
});
