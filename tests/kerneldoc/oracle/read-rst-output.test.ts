/** The reader of kernel-doc's -rst output, on hand-written samples of both layouts it prints. */
import { describe, expect, it } from 'vitest';
import { looseText } from './compare-with-oracle.ts';
import { readRstOutput } from './read-rst-output.ts';

const python = [
  '.. LINENO 12',
  '.. c:function:: __bpf_kfunc int * bpf_foo (struct s *p, bool (*less)(int a, int b), ...)',
  '',
  '.. LINENO 12',
  '   find a foo',
  '',
  '.. container:: kernelindent',
  '',
  '  **Parameters**',
  '',
  '  ``struct s *p``',
  '.. LINENO 13',
  '    the **p** to search,',
  '    never ``NULL``',
  '',
  '  ``bool (*less)(int a, int b)``',
  '    *undescribed*',
  '',
  '  ``...``',
  '    variable arguments',
  '',
  '  **Return**',
  '',
  '  a :c:type:`struct foo <foo>` or ``NULL``',
  '',
  '',
  '.. c:struct:: s',
  '',
].join('\n');

const perl = [
  '.. c:function:: void bpf_bar (void)',
  '',
  '   bar it',
  '',
  '**Parameters**',
  '',
  '``void``',
  '  no arguments',
  '',
  '**Description**',
  '',
  'Bars. See bpf_foo\\(\\).',
  '',
].join('\n');

describe('readRstOutput', () => {
  it('reads the container layout of kernel-doc 7.x', () => {
    expect(readRstOutput(python)).toEqual([
      {
        kind: 'function',
        name: 'bpf_foo',
        signature: '__bpf_kfunc int * bpf_foo (struct s *p, bool (*less)(int a, int b), ...)',
        summary: 'find a foo',
        params: [
          { name: 'p', printed: 'struct s *p', description: 'the **p** to search,\nnever ``NULL``' },
          { name: 'less', printed: 'bool (*less)(int a, int b)', description: null },
          { name: '...', printed: '...', description: 'variable arguments' },
        ],
        sections: [{ name: 'Return', text: 'a :c:type:`struct foo <foo>` or ``NULL``' }],
      },
    ]);
  });

  it('reads the flat layout of the Perl kernel-doc in 6.1', () => {
    expect(readRstOutput(perl)).toMatchObject([
      { name: 'bpf_bar', summary: 'bar it', params: [{ name: 'void', description: 'no arguments' }], sections: [{ name: 'Description', text: 'Bars. See bpf_foo\\(\\).' }] },
    ]);
  });

  it('compares markup loosely: @p / **p**, %NULL / ``NULL``, &struct foo / :c:type:', () => {
    expect(looseText('the @p, never %NULL; a &struct foo')).toBe(looseText('the **p**, never ``NULL``; a :c:type:`struct foo <foo>`'));
    expect(looseText('see bpf_foo()')).toBe(looseText('see bpf_foo\\(\\)'));
  });
});
