import { describe, expect, it } from 'vitest';
import { extractPatch, FRAGMENTS_ONLY, NO_PATCH } from '../../src/patches/extract-patch.ts';
import { makeDiff } from './helpers/make-diff.ts';
import { QUOTE_STYLES, quoteLine } from './helpers/quote.ts';
import { randomLine, seeded } from './helpers/random.ts';

const body = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('extractPatch', () => {
  it('gives back the same diff text from a reply that quotes it, in any style and depth', () => {
    const r = seeded(5);
    for (let run = 0; run < 300; run++) {
      // Mailers strip trailing blanks, so the property is stated for lines that have none.
      const lines = Array.from({ length: r.int(3, 40) }, () => randomLine(r).trimEnd());
      const at = r.int(0, lines.length - 1);
      const diff = makeDiff('kernel/bpf/x.c', lines, [{ at, remove: r.int(0, Math.min(2, lines.length - at)), insert: [randomLine(r).trimEnd() || 'x'] }]);
      let quoted = ['commit message', '', ...diff.replace(/\n$/, '').split('\n'), '-- ', '2.39.1'];
      const depth = r.int(1, 3);
      for (let k = 0; k < depth; k++) {
        const style = r.pick(QUOTE_STYLES);
        quoted = ['Someone wrote:', ...quoted.map((l) => quoteLine(l, style)), '', 'A reply.'];
      }
      const { patch, diagnostics } = extractPatch(body(quoted.join('\n')), 'reply.eml', 1);
      expect(diagnostics, `run ${run}`).toEqual([]);
      expect(patch!.quoteDepth).toBe(depth);
      // A blank context line whose space was stripped comes back as a space.
      expect(patch!.text).toBe(diff.split('\n').map((l, i, all) => (l === '' && i < all.length - 1 ? ' ' : l)).join('\n'));
    }
  });

  it('prefers a diff sent as such over a quoted one', () => {
    const text = '> diff --git a/x b/x\n> --- a/x\n> +++ b/x\n> @@ -1 +1 @@\n> -a\n> +b\n\ndiff --git a/y b/y\n--- a/y\n+++ b/y\n@@ -1 +1 @@\n-c\n+d\n';
    expect(extractPatch(body(text), 'm', 1).patch!.files.map((f) => f.newPath)).toEqual(['y']);
  });

  it('refuses a corrupt diff sent as such', () => {
    const { patch, reason, diagnostics } = extractPatch(body('--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n-a\n+b\n-- \n'), 'm', 1);
    expect(patch).toBeUndefined();
    expect(reason).toBe('corrupt patch: x: hunk @@ -1,2 +1,2 @@ ends after 2 of 2 old and 1 of 2 new lines');
    expect(diagnostics[0].code).toBe('patch-diff-corrupt');
  });

  it('tells a fragment-only quote from a message with no patch', () => {
    expect(extractPatch(body('> +added line\n> +another\n\nWhy?\n'), 'm', 1).reason).toBe(FRAGMENTS_ONLY);
    expect(extractPatch(body('> @@ -10,3 +10,4 @@\n\nHere?\n'), 'm', 1).reason).toBe(FRAGMENTS_ONLY);
    expect(extractPatch(body('> - a bullet\n> - another\n\nThanks.\n'), 'm', 1).reason).toBe(NO_PATCH);
  });
});
