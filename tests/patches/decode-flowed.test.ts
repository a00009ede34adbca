import { describe, expect, it } from 'vitest';
import { decodeFlowed } from '../../src/patches/decode-flowed.ts';
import { neutralizeFlowed } from '../../src/patches/neutralize-flowed.ts';

describe('decodeFlowed', () => {
  it('joins a flowed line with the next at the same quote depth only', () => {
    const { text, origin } = decodeFlowed('a long \nline\n> quoted \n> more\n>> deeper \n> not joined\n', false);
    expect(text).toBe('a long line\n> quoted more\n>> deeper \n> not joined\n');
    expect(origin).toEqual([0, 2, 4, 5]);
  });

  it('removes space stuffing, honours delsp and keeps the signature line', () => {
    expect(decodeFlowed('  context\n From x\n-- \nsig\n', false).text).toBe(' context\nFrom x\n-- \nsig\n');
    expect(decodeFlowed('split wo \nrd\n', true).text).toBe('split word\n');
  });
});

describe('neutralizeFlowed', () => {
  it('renames format=flowed in Content-Type fields only, folded or not', () => {
    const raw = 'Subject: format=flowed talk\nContent-Type: text/plain; charset=UTF-8;\n format=flowed; delsp=yes\n\nbody says format=flowed\n';
    const { raw: out, flowed } = neutralizeFlowed(raw);
    expect(flowed).toEqual({ delsp: true });
    expect(out).toBe(raw.replace('\n format=flowed', '\n format=fixed'));
  });

  it('finds it in a MIME part header and leaves plain messages alone', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; format="flowed"\n\ntext\n--b--\n';
    expect(neutralizeFlowed(raw)).toEqual({ raw: raw.replace('"flowed"', '"fixed"'), flowed: { delsp: false } });
    expect(neutralizeFlowed('Content-Type: text/plain\n\nx\n')).toEqual({ raw: 'Content-Type: text/plain\n\nx\n' });
  });
});
