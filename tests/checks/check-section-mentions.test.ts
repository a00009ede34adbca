import { describe, expect, it } from 'vitest';
import { checkSectionMentions } from '../../src/checks/check-section-mentions.ts';
import { brief, loadFixtures } from './load-fixtures.ts';

describe('checkSectionMentions', () => {
  it('reports a number that names no section, and suggests :ref: for hard-coded ones', () => {
    const found = checkSectionMentions(loadFixtures('section-mentions', 'fail'));
    expect(brief(found)).toEqual([
      'widgets.rst:7:35 warning rst-section-mention-stale "section 5.2" names no section of this document',
      'widgets.rst:7:53 info rst-section-mention hard-coded section number in "in 2.1" (2.1 Flag list)',
      'widgets.rst:17:5 info rst-section-mention hard-coded section number in "See 2.2" (2.2 More flags)',
    ]);
    expect(found.map((d) => d.hint).slice(1)).toEqual([
      'write :ref:`widget-flags` instead of the number',
      'add ".. _more-flags:" above "2.2 More flags" and write :ref:`more-flags`',
    ]);
  });

  it('leaves :ref: links and version numbers alone', () => {
    expect(checkSectionMentions(loadFixtures('section-mentions', 'pass'))).toEqual([]);
  });
});
