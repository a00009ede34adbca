import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRenumberedMentions } from '../../src/checks/check-renumbered-mentions.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import { brief } from './load-fixtures.ts';

// The patch-style renumbering fixture of tests/rst: 3.x became 4.x when a new section 3 came in.
const text = (name: string) => readFileSync(fileURLToPath(new URL(`../rst/fixtures/renumbering/${name}`, import.meta.url)), 'utf8');
const doc = (source: string) => parseRstDocument('Documentation/bpf/kfuncs.rst', source);

describe('checkRenumberedMentions', () => {
  it('reports "section 3.1" left behind when 3.1 became 4.1', () => {
    expect(brief(checkRenumberedMentions([doc(text('before.rst'))], [doc(text('after.rst'))]))).toEqual([
      'kfuncs.rst:13:30 warning rst-section-mention-stale "section 3.1" meant "struct task_struct * kfuncs", now 4.1; 3.1 is now "kfunc deprecation"',
    ]);
  });

  it('accepts the mention once it follows the renumbering', () => {
    const fixed = text('after.rst').replace('section 3.1', 'section 4.1');
    expect(checkRenumberedMentions([doc(text('before.rst'))], [doc(fixed)])).toEqual([]);
  });
});
