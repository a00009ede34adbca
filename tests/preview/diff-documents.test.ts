import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRenumberedMentions } from '../../src/checks/check-renumbered-mentions.ts';
import { diffDocuments } from '../../src/preview/diff-documents.ts';
import { diffReferences } from '../../src/preview/diff-references.ts';
import { formatDocumentText, formatReferencesText } from '../../src/preview/format-documents-text.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/docs', name), 'utf8');
const GUIDE = 'Documentation/bpf/guide.rst';
const OTHER = 'Documentation/bpf/other.rst';
const other = parseRstDocument(OTHER, fixture('other.rst'));
const before = [parseRstDocument(GUIDE, fixture('guide.before.rst')), other];
const after = [parseRstDocument(GUIDE, fixture('guide.after.rst')), other];
const [guide] = diffDocuments(before, after, [GUIDE]);
const pairs = (list: { old: { number: string | null; title: string }; new: { number: string | null; title: string } }[]) =>
  list.map((c) => `${c.old.number} ${c.old.title} -> ${c.new.number} ${c.new.title}`);

describe('diffDocuments', () => {
  it('pairs sections across a renumbering instead of adding and removing them', () => {
    expect(pairs(guide.renumbered)).toEqual([
      '2. Writing a kfunc -> 3. Writing a kfunc',
      '2.1 First step -> 4.1 First step',
      '2.2 Flags -> 3.1 Flags',
      '2.3 Olde title -> 3.2 Old title',
      '3. Reference -> 4. Reference',
    ]);
    expect(pairs(guide.renamed)).toEqual(['2.3 Olde title -> 3.2 Old title']);
    expect(pairs(guide.moved)).toEqual(['2.1 First step -> 4.1 First step']);
  });

  it('lists sections added and removed with their numbers as written and their anchors', () => {
    expect(guide.added).toEqual([{ number: '2.', title: 'Lifecycle', line: 16, anchor: 'guide-planned', labels: ['guide_planned'] }]);
    expect(guide.removed.map((s) => `${s.number} ${s.title}`)).toEqual(['2.4 Going away']);
  });

  it('says which labels come and go, and how many :ref:s reach a new one', () => {
    expect(guide.labelsAdded).toEqual([{ name: 'guide_planned', line: 14, section: { number: '2.', title: 'Lifecycle' }, references: 1, resolved: 1 }]);
    expect(guide.labelsLost).toEqual([{ name: 'guide_removed', line: 34, section: { number: '2.4', title: 'Going away' } }]);
  });

  it('names the anchors that stop working, and what replaces a retitled one', () => {
    expect(guide.anchorsLost).toEqual([
      { anchor: 'olde-title', kind: 'heading', was: '2.3 Olde title', replacement: 'old-title' },
      { anchor: 'going-away', kind: 'heading', was: '2.4 Going away', replacement: null },
      { anchor: 'guide-removed', kind: 'label', was: 'guide_removed', replacement: null },
    ]);
  });

  it('reports a new document whole, and leaves out paths that are no guide', () => {
    const [added] = diffDocuments([other], after, [GUIDE, 'kernel/bpf/helpers.c']);
    expect(added.status).toBe('added');
    expect(added.added).toHaveLength(after[0].sections.length);
    expect(diffDocuments(before, after, ['kernel/bpf/helpers.c'])).toEqual([]);
  });

  it('prints a readable block', () => {
    const text = formatDocumentText(guide).join('\n');
    expect(text).toContain('    2.   -> 3.   Writing a kfunc');
    expect(text).toContain('    guide_planned  -> 2. Lifecycle; 1 :ref: to it, resolves');
    expect(text).toContain('    #olde-title     2.3 Olde title  now #old-title');
  });
});

describe('diffReferences', () => {
  const refs = diffReferences(before, after);
  it('finds the link the patch breaks in another document, and the one it fixes', () => {
    expect(refs.broken).toEqual([{ path: OTHER, line: 7, role: 'ref', target: 'guide_removed', resolvesTo: null }]);
    expect(refs.fixed).toEqual([
      { path: GUIDE, line: 12, role: 'ref', target: 'guide_planned', resolvesTo: { path: GUIDE, anchor: 'guide-planned', section: '2. Lifecycle' } },
    ]);
  });

  it('pairs links by target, not by line: a shifted link is neither added nor removed', () => {
    expect(refs.added.map((r) => r.target)).toEqual(['guide_lifecycle_missing']);
    expect(refs.removed).toBe(0);
  });

  it('says how many new links do not resolve', () => {
    expect(formatReferencesText(refs)[1]).toBe('  1 link added, 1 does not resolve:');
  });
});

describe('stale section numbers', () => {
  it('are found by the renumbered-mentions check between the two states', () => {
    const stale = checkRenumberedMentions(before, after);
    expect(stale.map((d) => [d.code, d.line])).toEqual([['rst-section-mention-stale', 34]]);
    expect(stale[0].message).toMatch(/"section 2\.2" meant "Flags", now 3\.1/);
  });
});
