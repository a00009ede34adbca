import { describe, expect, it } from 'vitest';
import { parseMessageIds } from '../../src/patches/parse-message-ids.ts';

describe('parseMessageIds', () => {
  it('drops angle brackets and keeps order', () => {
    expect(parseMessageIds('<a@x> <b@y>\n\t<c@z>')).toEqual(['a@x', 'b@y', 'c@z']);
  });

  it("drops a Gnus comment, quotes and apostrophes inside it", () => {
    expect(parseMessageIds('<20230202223557.744110-2-void@manifault.com> (David Vernet\'s message of "Thu, 2 Feb 2023 16:35:57 -0600")')).toEqual([
      '20230202223557.744110-2-void@manifault.com',
    ]);
  });

  it('handles nested comments and bare ids', () => {
    expect(parseMessageIds('(a (nested) comment) <x@y>')).toEqual(['x@y']);
    expect(parseMessageIds('bare@id.example')).toEqual(['bare@id.example']);
    expect(parseMessageIds('')).toEqual([]);
  });
});
