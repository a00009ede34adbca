/**
 * The rst reader on the real Documentation/bpf of 6.1, 6.12, 7.2 and 7.3, against docutils
 * (Debian's python3-docutils, via rst_oracle.py beside this file) reading the files the way
 * Sphinx does: sections (document title kept), lines, labels and :ref:/:doc: targets. Then the
 * checks and the section mapping on the defects and renumberings the issue names, and timings.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSectionNumberSpacing } from '../../src/checks/check-section-number-spacing.ts';
import { checkSectionNumbering } from '../../src/checks/check-section-numbering.ts';
import { checkUndefinedLabels } from '../../src/checks/check-undefined-labels.ts';
import { inlineText } from '../../src/rst/inline-text.ts';
import { mapSections } from '../../src/rst/map-sections.ts';
import { fullyNormalizeName } from '../../src/rst/normalize-name.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import type { RstDocument } from '../../src/rst/rst-document.ts';
import type { LabelDefinition } from '../../src/rst/resolve-references.ts';
import { scanRstLabels } from '../../src/rst/scan-rst-labels.ts';
import { parseWithRestructured } from '../../src/rst/restructured.ts';
import { createRequire } from 'node:module';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';

interface OracleFile {
  sections: { title: string; line: number; id: string }[];
  labels: { name: string; line: number }[];
  refs: { role: string; target: string; line: number }[];
}

const oracleScript = fileURLToPath(new URL('./rst_oracle.py', import.meta.url));
const docutilsNote = (() => {
  try {
    execFileSync('python3', ['-c', 'import docutils'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'real-tree rst suite: python3 docutils not found (apt-get install -y python3-docutils); skipping';
  }
})();
const note = missingKernelsNote(KERNEL_VERSIONS) ?? docutilsNote;
if (note) console.warn(note);

function rstFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.rst'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

interface Tree {
  root: string;
  files: string[];
  docs: RstDocument[];
  oracle: Record<string, OracleFile>;
}

const trees = new Map<string, Tree>();
function tree(version: string): Tree {
  let t = trees.get(version);
  if (!t) {
    const root = kernelTreePath(version)!;
    const files = rstFiles(path.join(root, 'Documentation/bpf'));
    const docs = files.map((f) => parseRstDocument(path.relative(root, f), readFileSync(f, 'utf8')));
    const out = execFileSync('python3', [oracleScript, ...files.map((f) => path.relative(root, f))], { cwd: root, maxBuffer: 1 << 28 });
    t = { root, files, docs, oracle: JSON.parse(out.toString()) };
    trees.set(version, t);
  }
  return t;
}
const doc = (version: string, name: string): RstDocument => tree(version).docs.find((d) => d.path === `Documentation/bpf/${name}`)!;

/** Labels of the rest of Documentation/, which :ref:s from bpf/ may point into. */
function otherLabels(root: string): LabelDefinition[] {
  return rstFiles(path.join(root, 'Documentation'))
    .filter((f) => !f.includes('/Documentation/bpf/'))
    .flatMap((f) => scanRstLabels(path.relative(root, f), readFileSync(f, 'utf8')));
}

/** Line, text and heading id; docutils puts a title on the line of its underline, we on its text. */
const oracleSections = (o: OracleFile) => o.sections.map((s) => `${s.line - 1} ${s.title} #${s.id}`);
const ourSections = (d: RstDocument) => {
  const titles: string[] = [];
  const visit = (blocks: RstDocument['tree']['children']): void => {
    for (const b of blocks) if (b.type === 'section') {
      titles.push(`${b.title.position.start.line} ${inlineText(b.title.children)} #${b.id}`);
      visit(b.children);
    }
  };
  visit(d.tree.children);
  return titles;
};
const refTargets = (refs: { role: string; target: string }[]) =>
  refs.filter((r) => r.role === 'ref' || r.role === 'doc').map((r) => `${r.role}:${r.role === 'ref' ? fullyNormalizeName(r.target) : r.target}`).sort();

describe.skipIf(Boolean(note))('rst on the real Documentation/bpf, docutils as the oracle', () => {
  const expectedSections: Record<string, number> = { '6.1': 16, '6.12': 28, '7.2': 32, '7.3': 35 };

  describe.each(KERNEL_VERSIONS)('%s', (version) => {
    it(`reads kfuncs.rst's ${expectedSections[version]} sections (lines, ids), labels and :ref: targets as docutils does`, () => {
      const d = doc(version, 'kfuncs.rst');
      const o = tree(version).oracle['Documentation/bpf/kfuncs.rst'];
      expect(ourSections(d)).toEqual(oracleSections(o));
      expect(d.sections).toHaveLength(expectedSections[version]);
      expect(d.sections.map((s) => s.line)).toEqual(o.sections.map((s) => s.line - 1));
      expect(d.labels.map((l) => `${l.line} ${l.name}`)).toEqual(o.labels.map((l) => `${l.line} ${l.name}`));
      expect(refTargets(d.references)).toEqual(refTargets(o.refs));
    });

    it('reads every other file of Documentation/bpf as docutils does', () => {
      const t = tree(version);
      const differences = t.docs.flatMap((d) => {
        const o = t.oracle[d.path];
        const ours = [ourSections(d), d.labels.map((l) => `${l.line} ${l.name}`), refTargets(d.references)];
        const theirs = [oracleSections(o), o.labels.map((l) => `${l.line} ${l.name}`), refTargets(o.refs)];
        return ['sections', 'labels', 'references'].filter((_, i) => JSON.stringify(ours[i]) !== JSON.stringify(theirs[i])).map((what) => `${d.path}: ${what}`);
      });
      expect(differences).toEqual([]);
      // docutils gives a reference the line of its paragraph; ours is the line it is written on.
      for (const d of t.docs) {
        const o = t.oracle[d.path].refs.filter((r) => r.role === 'ref' || r.role === 'doc');
        d.references.forEach((r, i) => expect(r.line).toBeGreaterThanOrEqual(o[i].line));
      }
    });

    it('reports no undefined label that Sphinx would resolve', () => {
      const t = tree(version);
      expect(checkUndefinedLabels(t.docs, { extraLabels: otherLabels(t.root) })).toEqual([]);
    });
  });

  it("finds cpumasks.rst's duplicate 2.1.1 in 6.12, 7.2 and 7.3", () => {
    for (const version of ['6.12', '7.2', '7.3']) {
      const found = checkSectionNumbering([doc(version, 'cpumasks.rst')]);
      expect(found.map((d) => [d.code, d.line, d.related?.line])).toEqual([['rst-section-duplicate', 114, 34]]);
    }
    expect(checkSectionNumbering([doc('6.1', 'kfuncs.rst')])).toEqual([]);
  });

  it('finds the double space after 2.6 (6.12) and 2.7 (7.2 line 440, 7.3)', () => {
    const spacing = (version: string) => checkSectionNumberSpacing([doc(version, 'kfuncs.rst')]).map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(spacing('6.12')).toEqual(['366:4 2 spaces after section number 2.6 in "2.6  Specifying no-cast aliases with ___init"']);
    expect(spacing('7.2')).toEqual(['440:4 2 spaces after section number 2.7 in "2.7  Specifying no-cast aliases with ___init"']);
    expect(spacing('7.3')).toEqual(['529:4 2 spaces after section number 2.7 in "2.7  Specifying no-cast aliases with ___init"']);
  });

  it('maps kfuncs.rst from 6.12 to 7.2: renumbered, renamed, removed, lost anchors', () => {
    const m = mapSections(doc('6.12', 'kfuncs.rst'), doc('7.2', 'kfuncs.rst'));
    const byTitle = m.pairs.filter((p) => p.old.title === p.new.title && p.changes.includes('renumbered'));
    expect(byTitle).toHaveLength(16);
    expect(byTitle.find((p) => p.old.title === 'Annotating kfunc parameters')).toMatchObject({ old: { number: '2.2' }, new: { number: '2.3' } });
    expect(m.pairs.filter((p) => p.changes.includes('renumbered'))).toHaveLength(17);
    const opt = m.pairs.find((p) => p.old.title === '__opt Annotation');
    expect(opt).toMatchObject({ old: { number: '2.2.4' }, new: { number: '2.3.4', title: '__nullable Annotation' }, changes: ['renumbered', 'renamed'] });
    expect(m.removed.map((s) => `${s.number} ${s.title}`)).toEqual(['2.4.4 KF_TRUSTED_ARGS flag']);
    expect(m.lostAnchors.map((a) => `${a.kind} #${a.anchor}`)).toEqual(['heading #opt-annotation', 'heading #kf-trusted-args-flag']);
    expect(m.lostAnchors.filter((a) => a.kind === 'label')).toEqual([]);
  });

  it('parses fast enough to cache per file: timings of 7.2', () => {
    const root = kernelTreePath('7.2')!;
    const texts = rstFiles(path.join(root, 'Documentation/bpf')).map((f) => [path.relative(root, f), readFileSync(f, 'utf8')] as const);
    const kfuncs = texts.find(([p]) => p.endsWith('/kfuncs.rst'))!;
    const time = (fn: () => unknown): number => {
      const start = performance.now();
      fn();
      return performance.now() - start;
    };
    const runs = (n: number, fn: () => unknown) => Array.from({ length: n }, () => time(fn)).sort((a, b) => a - b);
    const all = runs(3, () => texts.map(([p, t]) => parseRstDocument(p, t)));
    const one = runs(5, () => parseRstDocument(...kfuncs));
    const docs = texts.map(([p, t]) => parseRstDocument(p, t));
    const json = JSON.stringify(docs);
    const fromCache = runs(3, () => JSON.parse(json));
    console.log(
      `rst timings (7.2): ${texts.length} files ${all[1].toFixed(0)} ms (median of 3), kfuncs.rst ${one[2].toFixed(1)} ms (median of 5), ` +
        `from JSON cache ${fromCache[1].toFixed(1)} ms for ${(json.length / 1e6).toFixed(1)} MB`,
    );
    expect(texts).toHaveLength(53);
    expect(fromCache[1]).toBeLessThan(all[1]);
  });
});

describe.skipIf(Boolean(missingKernelsNote(KERNEL_VERSIONS)))('restructured without its front door', () => {
  // parseWithRestructured calls the package's grammar directly: RST.parse's extra pass only drops
  // `blanklines` and `indent`. Same trees on every real guide, or that shortcut is wrong.
  const front = createRequire(import.meta.url)('restructured').default as { parse(text: string, options: { position: boolean }): unknown };
  const withoutUnread = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(withoutUnread)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'blanklines' && k !== 'indent').map(([k, v]) => [k, withoutUnread(v)]))
        : value;
  it.each(KERNEL_VERSIONS)('%s: every Documentation/bpf file parses to the same tree as RST.parse', (version) => {
    const files = rstFiles(path.join(kernelTreePath(version)!, 'Documentation/bpf'));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(JSON.stringify(withoutUnread(parseWithRestructured(text))), file).toBe(JSON.stringify(front.parse(text, { position: true })));
    }
  });
});

