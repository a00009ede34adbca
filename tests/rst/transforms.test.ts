import { describe, expect, it } from 'vitest';
import { parseRstTree } from '../../src/rst/parse-rst-tree.ts';
import type { RstDirective, RstNode } from '../../src/rst/rst-tree.ts';
import { structureDirective } from '../../src/rst/transforms/structure-directives.ts';
import { walkTree } from '../../src/rst/walk-tree.ts';

const nodes = (text: string): RstNode[] => [...walkTree(parseRstTree(text, 'x.rst').tree)];
const ofType = <T extends RstNode['type']>(text: string, type: T) => nodes(text).filter((n): n is Extract<RstNode, { type: T }> => n.type === type);

function directive(raw: string, name: string): RstDirective {
  const lines = raw.split('\n');
  return structureDirective({
    type: 'directive',
    position: { start: { line: 10, column: 1 }, end: { line: 10 + lines.length, column: 1 } },
    name,
    raw,
    argument: '',
    options: [],
    content: '',
    contentStart: null,
    children: [],
  });
}

describe('structureDirectives', () => {
  it('splits argument, options (with continuation lines) and content', () => {
    const d = directive('.. kernel-doc:: kernel/bpf/helpers.c\n   :identifiers: a b\n                 c\n   :export:', 'kernel-doc');
    expect(d.argument).toBe('kernel/bpf/helpers.c');
    expect(d.options).toEqual([
      { name: 'identifiers', value: 'a b c', line: 11 },
      { name: 'export', value: '', line: 13 },
    ]);
    expect(d.contentStart).toBeNull();
  });

  it('keeps blank lines in content and finds where it starts', () => {
    const d = directive('.. code-block:: c\n   :linenos:\n\n   int a;\n\n   int b;', 'code-block');
    expect(d.argument).toBe('c');
    expect(d.content).toBe('int a;\n\nint b;');
    expect(d.contentStart).toEqual({ line: 13, column: 4 });
  });

  it('reads text after `.. note::` as content, not argument', () => {
    const d = directive('.. note:: First line\n   second line', 'note');
    expect(d.argument).toBe('');
    expect(d.content).toBe('First line\nsecond line');
    expect(d.contentStart).toEqual({ line: 10, column: 11 });
  });
});

describe('labelTargets', () => {
  it('turns `.. _name:` comments into targets, normalised, and keeps URIs apart', () => {
    const targets = ofType('.. _Foo  Bar:\n\n.. _ext: https://example.org\n\n.. _`a: b`:\n\n.. just a comment\n', 'target');
    expect(targets.map((t) => [t.name, t.rawName, t.refuri])).toEqual([
      ['foo bar', 'Foo  Bar', null],
      ['ext', 'ext', 'https://example.org'],
      ['a: b', 'a: b', null],
    ]);
    expect(ofType('.. just a comment\n', 'comment')).toHaveLength(1);
  });
});

describe('unknownRoles and crossReferences', () => {
  it('joins `:c:func:` back into one role with the right start column', () => {
    const [role] = ofType('Call :c:func:`bpf_foo` now.\n', 'role');
    expect(role).toMatchObject({ role: 'c:func', value: 'bpf_foo', position: { start: { line: 1, column: 6 } } });
    expect(ofType('Call :c:func:`bpf_foo` now.\n', 'text').map((t) => t.value)).toEqual(['Call ', ' now.\n']);
  });

  it('splits explicit titles off :ref: targets and reads :doc:', () => {
    const refs = ofType('See :ref:`label` and :ref:`the text <Other Label>` and :doc:`../maps`.\n', 'cross_reference');
    expect(refs.map((r) => [r.role, r.target, r.title, r.position.start.column])).toEqual([
      ['ref', 'label', null, 5],
      ['ref', 'Other Label', 'the text', 22],
      ['doc', '../maps', null, 56],
    ]);
  });
});

describe('fixInlinePositions', () => {
  it('starts text after inline markup where the markup ends', () => {
    const texts = ofType('See ``lit`` and *em* then more\nand a second line.\n', 'text');
    expect(texts.map((t) => `${t.position.start.line}:${t.position.start.column} ${JSON.stringify(t.value)}`)).toEqual([
      '1:1 "See "',
      '1:12 " and "',
      '1:18 "em"',
      '1:21 " then more\\n"',
      '2:1 "and a second line.\\n"',
    ]);
  });
});

describe('splitSectionNumbers', () => {
  it('splits the number off the title text, keeping the separator', () => {
    const [title] = ofType('2.7  Specifying aliases\n-----------------------\n', 'title');
    expect(title.children.map((c) => c.type === 'section_number' ? [c.value, c.separator, c.position.start.column] : c.type === 'text' ? [c.value, c.position.start.column] : [])).toEqual([
      ['2.7', '  ', 1],
      ['Specifying aliases', 6],
    ]);
  });
});

describe('recoverUnknownBlocks and literalBlockQuotes', () => {
  it('reads a line followed by an indented list as a definition list item', () => {
    const [item] = ofType('The encoding:\n  * ``a``: first\n  * ``b``: second\n', 'definition_list_item');
    expect(item.term.map((t) => (t.type === 'text' ? t.value : t.type))).toEqual(['The encoding:']);
    expect(item.children[0].type).toBe('bullet_list');
  });

  it('reads a bullet item that goes on in a deeper-indented line as docutils does: a definition list in the item (btf.rst)', () => {
    const text = 'T\n=\n\n``struct btf_type`` encoding requirement:\n  * ``name_off``: offset to a name or\n                  one of .data/.bss\n  * ``info.kind_flag``: 0\n\nAfter.\n';
    const [item] = ofType(text, 'definition_list_item');
    expect(ofType(text, 'bullet_list')).toHaveLength(1);
    expect(ofType(text, 'list_item')).toHaveLength(2);
    expect(ofType(text, 'definition_list_item')).toHaveLength(2);
    expect(item.children.map((c) => c.type)).toEqual(['bullet_list']);
    expect(nodes(text).some((n) => n.type === 'unknown')).toBe(false);
  });

  it('makes the indented block after a lone `::` line a literal block', () => {
    const [literal] = ofType('The flow:\n::\n\n  A:\n      B\n', 'literal_block');
    expect(literal.value).toBe('A:\n    B');
  });

  it('runs a literal block over blank lines to the next line not indented deeper (btf.rst\'s workflow diagram)', () => {
    const [block] = ofType('T\n=\n\nThe workflow:\n::\n\n  App:\n      A\n\n  Tool:\n      B\n\nAfter.\n', 'literal_block');
    expect(block.value).toBe('App:\n    A\n\nTool:\n    B');
    expect(ofType('T\n=\n\nThe workflow:\n::\n\n  App:\n      A\n\n  Tool:\n      B\n\nAfter.\n', 'literal_block')).toHaveLength(1);
  });

  it('shows `Para::` as "Para:"', () => {
    expect(ofType('Para::\n\n   code\n', 'text')[0].value).toBe('Para:');
  });
});

describe('quotedLiteralBlocks', () => {
  // The shape of a tree as types: a block and its block children, literal text cut short.
  const shape = (text: string) => {
    const walk = (n: RstNode): unknown => {
      if (n.type === 'literal_block') return `literal: ${n.value.split('\n')[0]}`;
      if (n.type === 'paragraph') return 'paragraph';
      return { [n.type]: 'children' in n ? (n.children as RstNode[]).filter((c) => !['text', 'title'].includes(c.type)).map(walk) : [] };
    };
    return (parseRstTree(text, 'x.rst').tree.children as RstNode[]).map(walk);
  };

  it('keeps a `::` paragraph\'s literal block inside its block quote, and what follows it', () => {
    expect(shape('T\n=\n\n  Consider::\n\n    u64 f1();\n\n  Then::\n\n    f1:\n\tret\n\n  After.\n\nOut.\n')).toEqual([
      { section: [{ block_quote: ['paragraph', 'literal: u64 f1();', 'paragraph', 'literal: f1:', 'paragraph'] }, 'paragraph'] },
    ]);
  });

  it('keeps it inside its list item, and joins the items restructured split off (classic_vs_extended.rst)', () => {
    const text = 'T\n=\n\n- First::\n\n    one\n\n  More text.\n\n- Second::\n\n    two\n\nOut.\n';
    expect(shape(text)).toEqual([
      { section: [{ bullet_list: [{ list_item: ['paragraph', 'literal: one', 'paragraph'] }, { list_item: ['paragraph', 'literal: two'] }] }, 'paragraph'] },
    ]);
  });

  it('keeps it inside its definition, with the definition list after it (instruction-set.rst\'s **opcode**)', () => {
    const text = 'T\n=\n\n**opcode**\n  encoded as follows::\n\n    +-+-+\n    |a|b|\n    +-+-+\n\n  **specific**\n    The format.\n\n**regs**\n  The registers.\n';
    expect(shape(text)).toEqual([
      { section: [{ definition_list: [{ definition_list_item: ['paragraph', 'literal: +-+-+', { definition_list: [{ definition_list_item: ['paragraph'] }] }] }, { definition_list_item: ['paragraph'] }] }] },
    ]);
  });

  it('bounds a quote by the text it follows: " * item" after "    ::" is the same quote', () => {
    const text = 'T\n=\n\nBits ...\n\n    ::\n\n\tBPF_K 0\n\n * in classic BPF::\n\n\tX\n\n * in eBPF::\n\n\tY\n\nOut.\n';
    expect(shape(text)).toEqual([
      {
        section: [
          'paragraph',
          { block_quote: [{ block_quote: ['literal: BPF_K 0'] }, { bullet_list: [{ list_item: ['paragraph', 'literal: X'] }, { list_item: ['paragraph', 'literal: Y'] }] }] },
          'paragraph',
        ],
      },
    ]);
  });
});

describe('parseDirectiveBodies', () => {
  it('parses note content as rst, at the right positions', () => {
    const refs = ofType('.. note:: See :ref:`a`.\n   Then :ref:`b`.\n', 'cross_reference');
    expect(refs.map((r) => [r.target, r.position.start.line, r.position.start.column])).toEqual([
      ['a', 1, 15],
      ['b', 2, 9],
    ]);
  });

  it('leaves code-block content alone', () => {
    expect(ofType('.. code-block:: c\n\n   x = :ref:`a`;\n', 'cross_reference')).toEqual([]);
  });
});
