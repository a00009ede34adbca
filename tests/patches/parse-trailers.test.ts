import { describe, expect, it } from 'vitest';
import { parseTrailers } from '../../src/patches/parse-trailers.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('parseTrailers', () => {
  it('reads the usual trailers with people, links and fixes', () => {
    const t = parseTrailers(
      lines(`Some prose: not a trailer.
Fixes: 0123456789ab ("bpf: Add a thing")
Link: https://lore.kernel.org/r/abc@x
Reported-by: A B <a@b.org>
Co-developed-by: C D <c@d.org>
Acked-By: E F <e@f.org>
Tested-by: g@h.org
Cc: <i@j.org>
Signed-off-by: Jane Doe <jane@example.org>`),
    );
    expect(t.map((x) => x.key)).toEqual(['Fixes', 'Link', 'Reported-by', 'Co-developed-by', 'Acked-by', 'Tested-by', 'Cc', 'Signed-off-by']);
    expect(t[0]).toEqual({ key: 'Fixes', value: '0123456789ab ("bpf: Add a thing")', line: 2 });
    expect(t[4].person).toEqual({ name: 'E F', email: 'e@f.org' });
    expect(t[5].person).toEqual({ name: '', email: 'g@h.org' });
  });

  it('ignores prose that merely has a colon', () => {
    expect(parseTrailers(lines('Note: this is prose\nWhy: because'))).toEqual([]);
  });
});
