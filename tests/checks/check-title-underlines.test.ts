import { describe, expect, it } from 'vitest';
import { checkTitleUnderlines } from '../../src/checks/check-title-underlines.ts';
import { brief, loadFixtures } from './load-fixtures.ts';

describe('checkTitleUnderlines', () => {
  it('reports overlines and underlines shorter than the title, like a renumbering from 9 to 10', () => {
    const found = checkTitleUnderlines(loadFixtures('title-underlines', 'fail'));
    expect(brief(found)).toEqual([
      'widgets.rst:3:13 warning rst-title-underline-short title underline too short: 12 characters for "Widget kfuncs" (13)',
      'widgets.rst:1:13 warning rst-title-underline-short title overline too short: 12 characters for "Widget kfuncs" (13)',
      'widgets.rst:9:16 warning rst-title-underline-short title underline too short: 15 characters for "2.10 KF_RCU flag" (16)',
    ]);
    expect(found[2].hint).toBe('extend the underline to 16 characters: ----------------');
    expect(found[2].related).toMatchObject({ line: 8, message: 'the title' });
  });

  it('measures the title as written, markup included', () => {
    expect(checkTitleUnderlines(loadFixtures('title-underlines', 'pass'))).toEqual([]);
  });
});
