import { describe, expect, it } from 'vitest';
import { isElision, unquoteLine } from '../../src/patches/unquote-line.ts';
import { seeded, randomLine } from './helpers/random.ts';
import { QUOTE_STYLES, quoteLine } from './helpers/quote.ts';

describe('unquoteLine', () => {
  it.each([
    ['> text', 1, 'text'],
    ['>', 1, ''],
    ['> ', 1, ''],
    ['>  ', 1, ' '],
    ['> > text', 2, 'text'],
    ['> >', 2, ''],
    ['>> text', 2, 'text'],
    ['>>> text', 3, 'text'],
    ['> >  #define KF_RCU', 2, ' #define KF_RCU'],
    ['>  > rst block quote', 1, ' > rst block quote'],
    ['>text', 1, 'text'],
    ['plain', 0, 'plain'],
    [' > indented is text', 0, ' > indented is text'],
  ])('%j is depth %i, text %j', (line, depth, text) => {
    expect(unquoteLine(line)).toEqual({ depth, text });
  });

  it('round-trips any text quoted any number of times in any mix of styles', () => {
    const r = seeded(1);
    for (let run = 0; run < 500; run++) {
      const original = Array.from({ length: r.int(1, 12) }, () => randomLine(r)).map((l) => (l.startsWith('>') ? 'x' + l : l));
      const levels = r.int(1, 4);
      let lines = original;
      for (let k = 0; k < levels; k++) {
        const style = r.pick(QUOTE_STYLES);
        lines = lines.map((l) => quoteLine(l, style));
      }
      expect(lines.map(unquoteLine)).toEqual(original.map((text) => ({ depth: levels, text })));
    }
  });
});

describe('isElision', () => {
  it.each(['[..]', '[...]', '[ ... ]', '[snip]', '<snip>', '...', '[ snip ]'])('%j marks an elision', (line) => {
    expect(isElision(line)).toBe(true);
  });

  it('is not fooled by diff lines', () => {
    expect(isElision(' ...')).toBe(false);
    expect(isElision('+[...]')).toBe(false);
    expect(isElision('   [...]', true)).toBe(true);
    expect(isElision('[...] and more')).toBe(false);
  });
});
