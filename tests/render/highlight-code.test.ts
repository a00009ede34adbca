import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { highlightCode, highlightLiteral } from '../../src/render/highlight-code.ts';

const html = (children: ReturnType<typeof highlightCode>['children']) => toHtml({ type: 'root', children });

describe('highlightCode', () => {
  it('highlights C into hast spans with highlight.js classes', () => {
    const out = highlightCode('int x = 1; /* y */', 'C');
    expect(out.language).toBe('c');
    expect(html(out.children)).toBe('<span class="hljs-type">int</span> x = <span class="hljs-number">1</span>; <span class="hljs-comment">/* y */</span>');
  });

  it('highlights bash and console sessions', () => {
    expect(html(highlightCode('echo "$HOME"', 'bash').children)).toContain('<span class="hljs-built_in">echo</span>');
    expect(html(highlightCode('$ make -C tools', 'console').children)).toContain('<span class="hljs-meta prompt_">$ </span>');
  });

  it('leaves unknown languages and `none` plain', () => {
    expect(highlightCode('a < b', 'none')).toEqual({ language: null, children: [{ type: 'text', value: 'a < b' }], relevance: 0 });
    expect(highlightCode('x', 'cobol-2099').language).toBeNull();
  });
});

describe('highlightLiteral (`::` blocks)', () => {
  it('tells C by its statements and blocks', () => {
    expect(highlightLiteral('struct btf_array {\n    __u32 type;\n    __u32 nelems;\n};').language).toBe('c');
    expect(highlightLiteral('#define BTF_KIND_INT 1').language).toBe('c');
  });

  it('tells a shell session by its prompt', () => {
    expect(highlightLiteral('$ sudo ./test_verifier\nSummary: 418 PASSED').language).toBe('console');
  });

  it('leaves diagrams, tables and program output plain', () => {
    expect(highlightLiteral('A (root, parent)\n \\\n  B (child)').language).toBeNull();
    expect(highlightLiteral('0: (bf) r2 = r10\n1: (07) r2 += -8').language).toBeNull();
    expect(highlightLiteral('BPF_MOV64_REG(BPF_REG_0, BPF_REG_2),\nBPF_EXIT_INSN(),').language).toBeNull();
  });
});
