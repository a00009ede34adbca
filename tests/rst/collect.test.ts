import { describe, expect, it } from 'vitest';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

const doc = (text: string) => parseRstDocument('Documentation/bpf/x.rst', text);

describe('sections', () => {
  it('keeps numbers as written, titles without them, rst levels and parents', () => {
    const d = doc('=====\nGuide\n=====\n\n1. Intro\n========\n\n1.1 Sub\n-------\n\n1.1.1 Subsub\n------------\n\n1. Not a section, a list item.\n');
    expect(d.title).toBe('Guide');
    expect(d.sections.map((s) => [s.number, s.title, s.line, s.level, s.parent, s.id])).toEqual([
      [null, 'Guide', 2, 1, null, 'guide'],
      ['1', 'Intro', 5, 2, 0, 'intro'],
      ['1.1', 'Sub', 8, 3, 1, 'sub'],
      ['1.1.1', 'Subsub', 11, 3, 1, 'subsub'],
    ]);
    expect(d.sections[0].overline).toEqual({ char: '=', length: 5, line: 1 });
    expect(d.sections[1].underline).toEqual({ char: '=', length: 8, line: 6 });
  });

  it('gives clashing heading ids Sphinx-style numbers, labels taking theirs first', () => {
    expect(doc('A b\n===\n\nA-b\n---\n').sections.map((s) => s.id)).toEqual(['a-b', 'id1']);
    expect(doc('.. _KF_deprecated_flag:\n\n2.5.8 KF_DEPRECATED flag\n------------------------\n').sections[0].id).toBe('id1');
  });
});

describe('labels', () => {
  it('attaches a label at the end of a section to the next section (PropagateTargets)', () => {
    const d = doc('One\n===\n\ntext\n\n.. _two-label:\n\nTwo\n===\n');
    expect(d.labels[0].attachedTo).toEqual({ kind: 'section', section: 1, line: 8 });
    expect(d.sections[1].labels).toEqual(['two-label']);
  });

  it('attaches a label to the element after it, and treats :name: options as labels', () => {
    const d = doc('.. _para:\n\nA paragraph.\n\n.. code-block:: c\n   :name: code-label\n\n   x;\n');
    expect(d.labels.map((l) => [l.name, l.attachedTo])).toEqual([
      ['para', { kind: 'element', type: 'paragraph', line: 3 }],
      ['code-label', { kind: 'element', type: 'code-block', line: 5 }],
    ]);
  });
});

describe('references and kernel-doc directives', () => {
  it('normalises :ref: targets and keeps :doc: paths', () => {
    const d = doc('See :ref:`Some  Label` and :doc:`../maps`.\n');
    expect(d.references.map((r) => [r.role, r.target, r.line, r.column])).toEqual([
      ['ref', 'some label', 1, 5],
      ['doc', '../maps', 1, 28],
    ]);
  });

  it('splits kernel-doc list options', () => {
    const d = doc('.. kernel-doc:: kernel/bpf/helpers.c\n   :identifiers: bpf_a bpf_b\n\n.. kernel-doc:: include/linux/x.h\n   :export:\n');
    expect(d.kernelDocDirectives).toEqual([
      { line: 1, file: 'kernel/bpf/helpers.c', options: { identifiers: ['bpf_a', 'bpf_b'], raw: [{ name: 'identifiers', value: 'bpf_a bpf_b', line: 2 }] } },
      { line: 4, file: 'include/linux/x.h', options: { export: [], raw: [{ name: 'export', value: '', line: 5 }] } },
    ]);
  });
});

describe('kfunc mentions', () => {
  it('finds calls in prose and code, bare bpf_ names, with source columns', () => {
    const d = doc('Use bpf_a() with bpf_b, not ``struct bpf_c``.\n\n.. code-block:: c\n\n\tif (x)\n\t\tbpf_d(ctx);\n');
    expect(d.kfuncMentions.map((m) => [m.name, m.line, m.column, m.call, m.context])).toEqual([
      ['bpf_a', 1, 5, true, 'text'],
      ['bpf_b', 1, 18, false, 'text'],
      ['bpf_d', 6, 3, true, 'code'],
    ]);
  });
});

describe('section mentions', () => {
  it('finds explicit and implicit section numbers in prose, not in titles or code', () => {
    const d = doc('2.1 Title\n---------\n\nSee section 3.1, sections 2.3.8 and 2.8, in 2.4, and Linux 6.1 kernel.\nAlso ``section 9.9``.\n');
    expect(d.sectionMentions.map((m) => [m.number, m.text, m.column, m.explicit])).toEqual([
      ['3.1', 'section 3.1', 13, true],
      ['2.3.8', 'sections 2.3.8 and 2.8', 27, true],
      ['2.8', 'sections 2.3.8 and 2.8', 37, true],
      ['2.4', 'in 2.4', 45, false],
    ]);
  });
});
