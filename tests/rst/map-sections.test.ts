import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRenumberedMentions } from '../../src/checks/check-renumbered-mentions.ts';
import { checkTitleUnderlines } from '../../src/checks/check-title-underlines.ts';
import { mapSections, type SectionMapping } from '../../src/rst/map-sections.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/renumbering/${name}`, import.meta.url));
const parse = (file: string, path = 'Documentation/bpf/kfuncs.rst') => parseRstDocument(path, readFileSync(file, 'utf8'));
const label = (s: { number: string | null; title: string }) => `${s.number ?? ''} ${s.title}`.trim();

function summary(m: SectionMapping) {
  return {
    changed: m.pairs.filter((p) => p.changes.length).map((p) => `${label(p.old)} -> ${p.new.number} [${p.changes.join(',')}]`),
    added: m.added.map(label),
    removed: m.removed.map(label),
    lostAnchors: m.lostAnchors.map((a) => a.anchor),
  };
}

describe('mapSections on a patch-style renumbering (fixture)', () => {
  const before = parse(fixture('before.rst'));
  const after = parse(fixture('after.rst'));
  const mapping = mapSections(before, after);

  it('maps every old section and reports the renumbering', () => {
    expect(summary(mapping)).toEqual({
      changed: [
        '2.1.9 KF_RCU flag -> 2.1.10 [renumbered]',
        '3 Core kfuncs -> 4 [renumbered]',
        '3.1 struct task_struct * kfuncs -> 4.1 [renumbered]',
        '3.2 struct cgroup * kfuncs -> 4.2 [renumbered]',
      ],
      added: ['2.1.9 KF_DEPRECATED flag', '3 kfunc lifecycle expectations', '3.1 kfunc deprecation'],
      removed: [],
      lostAnchors: [],
    });
    expect(mapping.pairs).toHaveLength(before.sections.length);
  });

  it('flags the underline the renumbering made too short', () => {
    const found = checkTitleUnderlines([after]);
    expect(found.map((d) => [d.code, d.line, d.message])).toEqual([
      ['rst-title-underline-short', 71, 'title underline too short: 17 characters for "2.1.10 KF_RCU flag" (18)'],
    ]);
  });

  it('flags the "section 3.1" that now names another section', () => {
    const found = checkRenumberedMentions([before], [after]);
    expect(found.map((d) => [d.code, d.line, d.column, d.message, d.hint])).toEqual([
      [
        'rst-section-mention-stale',
        13,
        30,
        '"section 3.1" meant "struct task_struct * kfuncs", now 4.1; 3.1 is now "kfunc deprecation"',
        'add ".. _struct-task-struct-kfuncs:" above "4.1 struct task_struct * kfuncs" and write :ref:`struct-task-struct-kfuncs`',
      ],
    ]);
  });
});

// The real patch from the mailing list (../shared/mail), read at test time, never copied here.
const mail = fileURLToPath(new URL('../../../shared/mail/', import.meta.url));
describe.skipIf(!existsSync(`${mail}kfuncs.rst.base-0bd07b39`))('mapSections on the kfunc lifecycle patch (../shared/mail)', () => {
  it('reports 3.x shifted to 4.x and the new sections', () => {
    const m = mapSections(parse(`${mail}kfuncs.rst.base-0bd07b39`), parse(`${mail}kfuncs.rst.patched-v2-4135f311`));
    expect(summary(m)).toEqual({
      changed: [
        '3 Core kfuncs -> 4 [renumbered]',
        '3.1 struct task_struct * kfuncs -> 4.1 [renumbered]',
        '3.2 struct cgroup * kfuncs -> 4.2 [renumbered]',
        '3.3 struct cpumask * kfuncs -> 4.3 [renumbered]',
      ],
      added: ['2.4.9 KF_DEPRECATED flag', '3 kfunc lifecycle expectations', '3.1 kfunc deprecation'],
      removed: [],
      lostAnchors: [],
    });
  });
});

describe('mapSections matching rules', () => {
  const doc = (text: string) => parseRstDocument('x.rst', text);
  it('follows a label through a rename, and pairs a renamed section between matched neighbours', () => {
    const m = mapSections(
      doc('1. A\n====\n\n1.1 __opt Annotation\n--------------------\n\n.. _keep:\n\n1.2 Old name\n------------\n\n1.3 C\n-----\n'),
      doc('1. A\n====\n\n1.1 __nullable Annotation\n-------------------------\n\n.. _keep:\n\n1.2 New name\n------------\n\n1.3 C\n-----\n'),
    );
    expect(m.pairs.map((p) => `${label(p.old)} -> ${label(p.new)} ${p.matchedBy} [${p.changes}]`)).toEqual([
      '1 A -> 1 A title []',
      '1.1 __opt Annotation -> 1.1 __nullable Annotation position [renamed]',
      '1.2 Old name -> 1.2 New name label [renamed]',
      '1.3 C -> 1.3 C title []',
    ]);
    expect(m.lostAnchors.map((a) => [a.anchor, a.replacement])).toEqual([
      ['opt-annotation', 'nullable-annotation'],
      ['old-name', 'new-name'],
    ]);
  });

  it('reports a section moved under another parent, and a removed one', () => {
    const m = mapSections(doc('1. A\n====\n\n1.1 X\n-----\n\n1.2 Gone\n--------\n\n2. B\n====\n'), doc('1. A\n====\n\n2. B\n====\n\n2.1 X\n-----\n'));
    expect(m.pairs.find((p) => p.old.title === 'X')?.changes).toEqual(['renumbered', 'moved']);
    expect(m.removed.map(label)).toEqual(['1.2 Gone']);
    expect(m.lostAnchors.map((a) => [a.anchor, a.kind, a.replacement])).toEqual([['gone', 'heading', null]]);
  });
});
