import { describe, expect, it } from 'vitest';
import { listIncludes, negateCondition, normalizeCondition } from '../../src/registrations/index.ts';
import { expandMacros, parseDefine, type MacroDefinition } from '../../src/registrations/expand-macros.ts';
import { tokensToText } from '../../src/registrations/read-call-args.ts';
import { scanC, type RegionRule } from '../../src/registrations/scan-c.ts';
import { tokenizeC } from '../../src/registrations/tokenize-c.ts';

describe('tokenizeC', () => {
  it('drops comments, keeps strings whole, joins directive continuations and keeps lines', () => {
    const text = [
      '/* a\n * BTF_ID_FLAGS(func, hidden)\n */',
      'x = "BTF_ID_FLAGS(func, s)"; // BTF_ID_FLAGS(func, c)',
      '#define TWO(a) \\',
      '\tfoo(a) /* inner */ bar',
      "  # if defined(A) // tail",
      "c = '\"';",
    ].join('\n');
    expect(tokenizeC(text).map((t) => `${t.line}:${t.kind}:${t.text}`)).toEqual([
      '4:ident:x', '4:punct:=', '4:string:"BTF_ID_FLAGS(func, s)"', '4:punct:;',
      '5:directive:define TWO(a) foo(a) bar',
      '7:directive:if defined(A)',
      '8:ident:c', '8:punct:=', `8:char:'"'`, '8:punct:;',
    ]);
  });

  it('treats # as punctuation in macro bodies', () => {
    expect(tokenizeC('#x a ## b', { directives: false }).map((t) => t.text)).toEqual(['#', 'x', 'a', '#', '#', 'b']);
  });
});

describe('expandMacros', () => {
  const table = (...defs: string[]) => {
    const map = new Map<string, MacroDefinition>();
    defs.forEach((d, i) => map.set(parseDefine(d, 'h.h', i + 1)!.name, parseDefine(d, 'h.h', i + 1)!));
    return (name: string) => map.get(name);
  };
  const run = (text: string, lookup: (n: string) => MacroDefinition | undefined) =>
    tokensToText(expandMacros(tokenizeC(text), lookup, new Set(['BTF_ID_FLAGS']), 9));

  it('expands object-like lists through function-like macros, leaving kept calls and KF_* names alone', () => {
    const lookup = table('define LIST M(a, x) M(b, y)', 'define M(n, _) BTF_ID_FLAGS(func, n, KF_FLAG)', 'define KF_FLAG (1 << 3)', 'define x 42');
    expect(run('LIST', lookup)).toBe('BTF_ID_FLAGS(func, a, KF_FLAG) BTF_ID_FLAGS(func, b, KF_FLAG)');
  });

  it('pastes with ##, stringifies with #, passes variadic tails and stops self-reference', () => {
    const lookup = table('define CAT(a, b) a ## b', 'define STR(a) #a', 'define V(first, ...) f(__VA_ARGS__)', 'define SELF SELF + 1');
    expect(run('CAT(bpf_, open)', lookup)).toBe('bpf_open');
    expect(run('STR(hello)', lookup)).toBe('"hello"');
    expect(run('V(1, 2, 3)', lookup)).toBe('f(2, 3)');
    expect(run('SELF', lookup)).toBe('SELF + 1');
  });

  it('gives every produced token the invocation line', () => {
    const lookup = table('define L BTF_ID_FLAGS(func, a)');
    expect(expandMacros(tokenizeC('\n\nL'), lookup, new Set(['BTF_ID_FLAGS']), 3).every((t) => t.line === 3)).toBe(true);
  });
});

describe('conditions', () => {
  it('negates without doubling ! or adding needless parentheses', () => {
    expect(['CONFIG_A', '!CONFIG_A', 'defined(CONFIG_A)', '!IS_ENABLED(CONFIG_A)', 'A && B', '!(A || B)', '0'].map(negateCondition))
      .toEqual(['!CONFIG_A', 'CONFIG_A', '!defined(CONFIG_A)', 'IS_ENABLED(CONFIG_A)', '!(A && B)', 'A || B', '!0']);
  });

  it('normalizes spacing and defined forms', () => {
    expect(normalizeCondition('defined (CONFIG_A)&&  defined CONFIG_B')).toBe('defined(CONFIG_A) && defined(CONFIG_B)');
    expect(normalizeCondition('( IS_ENABLED(CONFIG_X) ||CONFIG_Y )')).toBe('(IS_ENABLED(CONFIG_X) || CONFIG_Y)');
  });
});

describe('listIncludes', () => {
  it('maps <x/y.h> under include/ and "x.h" beside the file, resolving ..', () => {
    const text = '#include <linux/btf.h>\n#include "sched.h"\n# include "ext/types.h"\n#include "../lib/x.h"\n/* #include <hidden.h> */\n#include <linux/btf.h>\n';
    expect(listIncludes('kernel/sched/build_policy.c', text))
      .toEqual(['include/linux/btf.h', 'kernel/sched/sched.h', 'kernel/sched/ext/types.h', 'kernel/lib/x.h']);
    expect(listIncludes('top.c', '#include "../out.h"\n')).toEqual([]);
  });
});

describe('scanC', () => {
  const text = [
    '#ifdef CONFIG_A',                      // 1
    'int unrelated(void) { return 0; }',    // 2
    '/* KEY(in, comment) */',               // 3
    'char *s = "KEY(in, string)";',         // 4
    'KEY(a, (b), c) tail;',                 // 5
    'struct thing x = { .y = 1 }; after',   // 6
    'OPEN(s)',                              // 7
    '#define Z 1',                          // 8
    'inner(1)',                             // 9
    'CLOSE(s) later',                       // 10
    'KEY no_call',                          // 11
    '#endif',                               // 12
  ].join('\n');
  const focus = /\bKEY\b|\bstruct\s+thing\b|\bOPEN\b/;
  const rule = (k: string): RegionRule =>
    k === 'KEY' ? { kind: 'call' } : k === 'OPEN' ? { kind: 'until-call', names: new Set(['CLOSE']) } : { kind: 'statement' };

  it('tokenizes only directives and the regions each rule allows, with the dense tokenizer\'s lines and offsets', () => {
    const sparse = scanC(text, focus, rule);
    expect(sparse.map((t) => `${t.line}:${t.text}`).join(' ')).toBe([
      '1:ifdef CONFIG_A',
      '5:KEY 5:( 5:a 5:, 5:( 5:b 5:) 5:, 5:c 5:)',
      '6:struct 6:thing 6:x 6:= 6:{ 6:. 6:y 6:= 6:1 6:} 6:;',
      '7:OPEN 7:( 7:s 7:) 8:define Z 1 9:inner 9:( 9:1 9:) 10:CLOSE 10:( 10:s 10:)',
      '11:KEY',
      '12:endif',
    ].join(' '));
    const dense = new Map(tokenizeC(text).map((t) => [t.offset, t]));
    for (const t of sparse) expect(dense.get(t.offset)).toEqual(t);
  });

  it('can skip directives, for a pass that only looks for names', () => {
    expect(scanC(text, /\bZ\b|\bs\b/, () => ({ kind: 'word' }), { directives: false }).map((t) => `${t.line}:${t.text}`))
      .toEqual(['4:s', '7:s', '10:s']);
  });
});
