import { describe, expect, it } from 'vitest';
import { checkSectionNumbering } from '../../src/checks/check-section-numbering.ts';
import { brief, loadFixtures } from './load-fixtures.ts';

describe('checkSectionNumbering', () => {
  it('reports duplicates, gaps, order and parent mismatches', () => {
    const found = checkSectionNumbering(loadFixtures('section-numbering', 'fail'));
    expect(brief(found)).toEqual([
      'widgets.rst:14:1 warning rst-section-duplicate duplicate section number 1.1.1: "1.1.1 As kptrs"',
      'widgets.rst:17:1 warning rst-section-gap section 1.3 follows 1.1: 1.2 is missing',
      'widgets.rst:20:1 warning rst-section-order section 1.2 comes after 1.3',
      'widgets.rst:26:1 warning rst-section-parent section 3.1 is inside "2. Widget kfuncs" but its number does not start with 2.',
      'widgets.rst:29:1 warning rst-section-parent section 2.4.1 has no section 2.4 before it',
    ]);
    expect(found[0].related).toMatchObject({ line: 11, message: 'first 1.1.1 is "1.1.1 Lifecycle"' });
    expect(found[0].hint).toContain('1.1.2');
  });

  it('accepts x.y and x.y.z at one rst level, numbered list items and unnumbered titles', () => {
    expect(checkSectionNumbering(loadFixtures('section-numbering', 'pass'))).toEqual([]);
  });
});
