import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/patches/apply-patch.ts';
import { applySeries } from '../../src/patches/apply-series.ts';
import { FRAGMENTS_ONLY, NO_PATCH } from '../../src/patches/extract-patch.ts';
import { patchSeries } from '../../src/patches/patch-series.ts';
import { readMessages } from '../../src/patches/read-messages.ts';
import { unquoteLine } from '../../src/patches/unquote-line.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { expected, fixtureBytes, fixtureFiles, fixtureTree } from './helpers/fixtures.ts';

const read = (name: string) => readMessages(fixtureBytes(name), name);
const one = async (name: string) => {
  const { messages, diagnostics } = await read(name);
  expect(messages).toHaveLength(1);
  return { message: messages[0], diagnostics };
};
const GUIDE = 'Documentation/demo/guide.rst';
const FLAGS = 'include/demo/flags.h';
const rawLine = (name: string, line: number) => new TextDecoder('latin1').decode(fixtureBytes(name)).split('\n')[line - 1];

describe('readMessages on the quirk fixtures', () => {
  it('quoted-printable: soft breaks inside an rst underline and =3D, UTF-8 in =C3=B8', async () => {
    const { message } = await one('qp-rst-underline.eml');
    expect(message.author).toEqual({ name: 'Jane Døe', email: 'jane@example.org' });
    expect(message.patch!.text).toContain('\n+=======================\n');
    expect(message.patch!.text).toContain('+Høiland-Jørgensen for the wording');
    const applied = await applyPatch(fixtureTree(), message.patch!);
    expect(await applied.tree.readFile(GUIDE)).toBe(expected('guide.rst'));
    // Positions point at the raw quoted-printable lines.
    expect(message.patch!.files[0].hunks.map((h) => rawLine('qp-rst-underline.eml', h.line).slice(0, 12))).toEqual(['@@ -14,7 +14', '@@ -28,17 +2']);
  });

  it('the same patch read from every quoting and encoding gives byte-identical diff text', async () => {
    const names = ['qp-rst-underline.eml', 'latin1.eml', 'mutt-nested.eml', 'thunderbird.eml', 'gnus.eml', 'plain.diff'];
    const texts = await Promise.all(names.map(async (n) => (await read(n)).messages.find((m) => m.patch)!.patch!.text));
    const [first, ...rest] = texts;
    // plain.diff has quilt headers; compare from the first hunk on.
    const hunks = (t: string) => t.slice(t.indexOf('\n@@ '));
    for (const t of rest) expect(hunks(t)).toBe(hunks(first));
    expect(texts.slice(0, 5).every((t) => t === first)).toBe(true);
  });

  it('iso-8859-1 body: the added line arrives as UTF-8', async () => {
    const { message } = await one('latin1.eml');
    expect(message.patch!.text).toContain('+Høiland-Jørgensen for the wording');
    expect(message.trailers.map((t) => [t.key, t.person?.name])).toEqual([
      ['Suggested-by', 'Toke Høiland-Jørgensen'],
      ['Signed-off-by', 'Jane Doe'],
    ]);
  });

  it('encoded words: Q with lowercase hex and _, B, iso-8859-1', async () => {
    const { message } = await one('encoded-words.eml');
    expect(message.author).toEqual({ name: 'Toke Høiland-Jørgensen', email: 'toke@example.org' });
    expect(message.subject).toMatchObject({ text: '[PATCH v3 2/5] démo: Précise the flags', version: 3, index: 2, total: 5, title: 'démo: Précise the flags' });
    expect(message.noPatchReason).toBe(NO_PATCH);
  });

  it('folded headers: Subject, Message-ID, References, From', async () => {
    const { message } = await one('folded-headers.eml');
    expect(message.subject.title).toBe('demo: Add the DF_DEPRECATED flag and a helper that tests it');
    expect(message.messageId).toBe('folded.3@example.org');
    expect(message.references).toEqual(['folded.0@example.org', 'folded.1@example.org', 'folded.2@example.org']);
    expect(message.author).toEqual({ name: 'Jane Doe', email: 'jane@example.org' });
    expect(message.date).toBe('2023-02-02T22:35:57.000Z');
  });

  it('In-Reply-To with a trailing RFC 822 comment, folded', async () => {
    const { message } = await one('in-reply-to-comment.eml');
    expect(message.inReplyTo).toBe('folded.3@example.org');
    expect(message.references).toEqual(['folded.1@example.org', 'folded.3@example.org']);
  });

  it('Gmail: bare > on blank lines, tabs expanded; the reply’s own trailers only', async () => {
    const { message } = await one('gmail-tabs.eml');
    expect(message.patch!.quoteDepth).toBe(1);
    expect(message.patch!.text).toContain('\n \n static inline bool demo_is_acquire');
    expect(message.trailers.map((t) => t.key)).toEqual(['Acked-by']);
    const applied = await applyPatch(fixtureTree(), message.patch!);
    expect(applied.applied[0].hunks.map((h) => h.method)).toEqual(['whitespace', 'whitespace']);
  });

  it('Mutt: > > nesting with trailing spaces, applied exactly', async () => {
    const { message } = await one('mutt-nested.eml');
    expect(message.patch!.quoteDepth).toBe(2);
    const applied = await applyPatch(fixtureTree(), message.patch!);
    expect(applied.applied[0].hunks.map((h) => h.method)).toEqual(['exact', 'exact']);
    expect(await applied.tree.readFile(GUIDE)).toBe(expected('guide.rst'));
    expect(message.patch!.files[0].hunks.every((h) => unquoteLine(rawLine('mutt-nested.eml', h.line)).text.startsWith('@@ -'))).toBe(true);
  });

  it('Thunderbird: ">  " on blank context lines, signature and trailer after the quote', async () => {
    const { message } = await one('thunderbird.eml');
    expect(message.patch!.quoteDepth).toBe(1);
    expect(message.trailers.map((t) => [t.key, t.person?.email])).toEqual([['Reviewed-by', 'bea.sun@gmail.com']]);
    expect(await (await applyPatch(fixtureTree(), message.patch!)).tree.readFile(GUIDE)).toBe(expected('guide.rst'));
  });

  it('format=flowed: quoted lines flowed over two lines are joined at their own quote depth', async () => {
    const { message } = await one('format-flowed.eml');
    expect(message.body).toContain('> Add the DF_DEPRECATED flag and a helper that tests it. This is a long paragraph');
    expect(message.patch!.text).toContain('\n+#define DF_DEPRECATED\t(1 << 3) /* will be removed */\n');
    const applied = await applyPatch(fixtureTree(), message.patch!);
    expect(await applied.tree.readFile(FLAGS)).toBe(expected('flags.h'));
  });

  it('Gnus: >> nesting with ">> " on blank lines', async () => {
    const { message } = await one('gnus.eml');
    expect(message.patch!.quoteDepth).toBe(2);
    expect(await (await applyPatch(fixtureTree(), message.patch!)).tree.readFile(GUIDE)).toBe(expected('guide.rst'));
  });

  it('elisions: [ ... ] between hunks is harmless, [...] inside a hunk drops that hunk, comments are skipped', async () => {
    const { message, diagnostics } = await one('elisions.eml');
    expect(message.patch!.files.map((f) => [f.newPath, f.hunks.length])).toEqual([
      [FLAGS, 2],
      [GUIDE, 1],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['patch-quote-hunk-incomplete', 'warning'],
      ['patch-quote-comments-skipped', 'info'],
    ]);
    expect(diagnostics[0].message).toBe(
      `the reply quotes ${GUIDE}: hunk @@ -28,17 +29,31 @@ is cut by an elision after 4 of 17 old and 6 of 31 new lines; that hunk is left out of the patch`,
    );
    expect(rawLine('elisions.eml', diagnostics[0].line)).toBe('> +=======================');
    expect(diagnostics[1].message).toBe('3 lines of reply text between quoted diff lines left out');
    const applied = await applyPatch(fixtureTree(), message.patch!);
    expect(await applied.tree.readFile(FLAGS)).toBe(expected('flags.h'));
    const guide = (await applied.tree.readFile(GUIDE))!;
    expect(guide).toContain(':ref:`demo_lifecycle` for how long');
    expect(guide).not.toContain('1.3 Deprecated flag');
  });

  it('a reply quoting only fragments of hunks has no patch and says so', async () => {
    const { message, diagnostics } = await one('fragments-only.eml');
    expect(message.patch).toBeUndefined();
    expect(message.noPatchReason).toBe(FRAGMENTS_ONLY);
    expect(diagnostics).toMatchObject([{ code: 'patch-quote-fragments', severity: 'info' }]);
  });

  it('a cover letter has no patch', async () => {
    const { message, diagnostics } = await one('cover-letter.eml');
    expect(message.subject.isCover).toBe(true);
    expect(message.noPatchReason).toBe(NO_PATCH);
    expect(diagnostics[0].message).toBe('cover letter (0/2): no patch in this message');
  });

  it('mbox: messages split on From lines, >From unescaped, the series ordered and applied on top of each other', async () => {
    const { messages } = await read('series.mbox');
    expect(messages.map((m) => [m.subject.index, m.subject.isReply, m.line])).toEqual([
      [0, false, 2],
      [2, false, 25],
      [1, true, 81],
      [1, false, 97],
    ]);
    expect(messages[3].body).toMatch(/^From the start/);
    expect(messages[3].body).toContain('From the start the guide lacked this section.\n>From lines in mbox bodies are escaped.\n');
    const series = patchSeries(messages);
    expect(series.items.map((i) => i.message.messageId)).toEqual(['series.1@example.org', 'series.2@example.org']);
    expect(series.diagnostics).toEqual([]);
    const result = await applySeries(fixtureTree(), series.items.map((i) => i.patch));
    expect(result.ok).toBe(true);
    expect(await result.tree.readFile(GUIDE)).toBe(expected('guide-v2.rst'));
    expect(await result.tree.readFile(FLAGS)).toBe(expected('flags.h'));
    // 2/2 needs 1/2: alone, its guide hunk matches only by ignoring the renumbered heading (fuzz 1),
    // as patch would apply it, and the warning says so.
    const alone = await applySeries(fixtureTree(), [series.items[1].patch]);
    expect(alone.steps[0].applied[1].hunks[0]).toMatchObject({ method: 'fuzz', fuzz: 1 });
    expect(alone.diagnostics.map((d) => d.code)).toEqual(['patch-hunk-fuzz']);
    // With the heading changed further it no longer applies, and nothing is applied.
    const drifted = { ...fixtureFiles(), [GUIDE]: fixtureFiles()[GUIDE].replace('demo_peek() reads', 'demo_peek() looks at') };
    const failed = await applySeries(memoryTree(drifted), series.items.map((i) => i.patch));
    expect(failed.ok).toBe(false);
    expect(await failed.tree.readFile(FLAGS)).toBe(fixtureFiles()[FLAGS]);
    expect(failed.steps.map((step) => step.ok)).toEqual([true, false]);
    expect(failed.diagnostics.map((d) => d.code)).toEqual(['patch-hunk-fuzz', 'patch-hunk-failed']);
    const first = await applySeries(memoryTree(drifted), [...series.items].reverse().map((i) => i.patch));
    expect(first.diagnostics.map((d) => d.code)).toEqual(['patch-hunk-failed', 'patch-not-applied']);
    const gap = patchSeries(messages.filter((m) => m.subject.index !== 1));
    expect(gap.diagnostics.map((d) => d.message)).toEqual(['the series has 2 patches but 1/2 is not in the input']);
  });

  it('a plain diff -u is read as a message with no headers', async () => {
    const { message } = await one('plain.diff');
    expect(message.kind).toBe('diff');
    expect(message.patch!.files[0].hunks[0].line).toBe(5);
  });

  it('git format-patch: commit, author, date, trailers', async () => {
    const { message } = await one('format-patch.patch');
    expect(message.commit).toBe('fbfff7ef7e954682eb3e269fccce7ddf0598f79f');
    expect(message.date).toBe('2023-02-02T16:30:54.000Z');
    expect(message.trailers.map((t) => t.key)).toEqual(['Link', 'Fixes', 'Reviewed-by', 'Signed-off-by']);
    expect(message.trailers[0].value).toBe('https://lore.kernel.org/r/20230202163056.1-1-jane@example.org');
  });

  it('MIME multipart: a patch attached as text/x-patch', async () => {
    const { message } = await one('multipart.eml');
    expect(message.patch!.files.map((f) => f.newPath)).toEqual([FLAGS]);
    expect(rawLine('multipart.eml', message.patch!.files[0].hunks[1].line)).toMatch(/^@@ -18,4 \+19,9 @@/);
    expect(await (await applyPatch(fixtureTree(), message.patch!)).tree.readFile(FLAGS)).toBe(expected('flags.h'));
  });

  it('base64 body', async () => {
    const { message } = await one('base64.eml');
    expect(await (await applyPatch(fixtureTree(), message.patch!)).tree.readFile(FLAGS)).toBe(expected('flags.h'));
  });

  it('CRLF line ends read the same as LF', async () => {
    const crlf = new TextDecoder('latin1').decode(fixtureBytes('qp-rst-underline.eml')).replace(/\n/g, '\r\n');
    const a = (await readMessages(crlf, 'crlf.eml')).messages[0].patch!;
    const b = (await read('qp-rst-underline.eml')).messages[0].patch!;
    expect(a.text).toBe(b.text);
    expect(a.files[0].hunks.map((h) => h.line)).toEqual(b.files[0].hunks.map((h) => h.line));
  });

  it('says when a diff lost its line breaks', async () => {
    const { diagnostics } = await readMessages('On 2/3/23 wrote: > diff --git a/x b/x > --- a/x > +++ b/x > @@ -1 +1 @@ > -a > +b Thanks!', 'seed.txt');
    expect(diagnostics[0].message).toBe('holds a diff whose line breaks were lost: it cannot be applied');
  });

  it('says when the input is neither mail nor diff', async () => {
    const { messages, diagnostics } = await readMessages('just some words\n', 'x.txt');
    expect(messages).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'patch-input-unrecognised', severity: 'error', file: 'x.txt', line: 1 }]);
  });
});
