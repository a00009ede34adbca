import { describe, expect, it } from 'vitest';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

describe('parse cache', () => {
  it('gives the same tree with a cache, and reuses a body that moved to other lines', () => {
    const before = 'A\n=\n\nSee :ref:`x` and bpf_a().\n\nB\n=\n\n.. code-block:: c\n\n   bpf_b(1);\n';
    const after = `Intro\n=====\n\nNew text.\n\n${before}`;
    const cache = new Map();
    expect(parseRstDocument('x.rst', before, { cache })).toEqual(parseRstDocument('x.rst', before));
    const size = cache.size;
    const cached = parseRstDocument('x.rst', after, { cache });
    expect(cache.size).toBe(size + 1);
    expect(cached).toEqual(parseRstDocument('x.rst', after));
    expect(cached.references[0].line).toBe(9);
  });
});
