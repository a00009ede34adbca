/** The @example lines of the string → string helpers, kept true. */
import { describe, expect, it } from 'vitest';
import { trimBlankLines } from '../../src/kerneldoc/doc-sections.ts';
import { expandTabs } from '../../src/kerneldoc/expand-tabs.ts';
import { formatSignature } from '../../src/kerneldoc/find-function-definitions.ts';
import { maskComments } from '../../src/kerneldoc/mask-c.ts';
import { documentsName } from '../../src/kerneldoc/match-kernel-doc.ts';
import { normalizeCSpacing } from '../../src/kerneldoc/normalize-c-spacing.ts';
import { collapseSpaces } from '../../src/kerneldoc/read-identifier-line.ts';

describe('string helpers', () => {
  it('maskComments keeps offsets and newlines', () => {
    expect(maskComments('f("{", 1) // }')).toBe('f(" ", 1)     ');
    expect(maskComments('a /* {\n} */ b')).toBe('a     \n     b');
    expect(maskComments("#error don't\nint x = '}';")).toBe("#error don't\nint x = ' ';");
  });

  it('normalizeCSpacing', () => {
    expect(normalizeCSpacing('const char  * fmt__str')).toBe('const char *fmt__str');
    expect(normalizeCSpacing('bool ( less ) ( struct bpf_rb_node * a ,\n\t const void *b )')).toBe('bool (less)(struct bpf_rb_node *a, const void *b)');
    expect(normalizeCSpacing('u8  out [ 16 ]')).toBe('u8 out[16]');
  });

  it('expandTabs uses 8-column stops', () => {
    expect(expandTabs(' *\t@p:\tx')).toBe(' *      @p:     x');
  });

  it('collapseSpaces, trimBlankLines', () => {
    expect(collapseSpaces('  a   b ')).toBe('a b');
    expect(trimBlankLines(['', '  a ', '', 'b', ''])).toBe('  a\n\nb');
  });

  it('formatSignature, documentsName', () => {
    expect(formatSignature('void *', 'bpf_obj_new', [{ type: 'u64', name: 'id__k', raw: 'u64 id__k' }])).toBe('void *bpf_obj_new(u64 id__k)');
    expect(documentsName('vmalloc', 'vmalloc_noprof')).toBe(true);
    expect(documentsName('scx_foo', 'scx_foo___v2')).toBe(false);
  });
});

describe('kernelDocDialect', () => {
  it('tells the Perl script of 6.x from the Python one of 7.x', async () => {
    const { kernelDocDialect } = await import('../../src/kerneldoc/index.ts');
    expect(kernelDocDialect('#!/usr/bin/env perl\n# SPDX…')).toBe('perl');
    expect(kernelDocDialect('#!/usr/bin/env python3\n')).toBe('python');
    expect(kernelDocDialect(undefined)).toBe('python');
  });
});
