/**
 * Every real message in ../shared/mail (see its INDEX.md), read and applied: the oracle is the
 * archive itself (INDEX.md's headers, the `index` lines' blob hashes, the patched file beside it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/patches/apply-patch.ts';
import { FRAGMENTS_ONLY, NO_PATCH } from '../../src/patches/extract-patch.ts';
import { readMessages } from '../../src/patches/read-messages.ts';
import type { FilePatch, MailMessage } from '../../src/patches/types.ts';
import { directoryTree } from '../../src/sources/directory-tree.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const MAIL = path.resolve(repoRoot, '../shared/mail');
const RST = 'Documentation/bpf/kfuncs.rst';

const read = async (prefix: string): Promise<MailMessage> => {
  const name = readdirSync(MAIL).find((f) => f.startsWith(prefix))!;
  const { messages } = await readMessages(readFileSync(path.join(MAIL, name)), name);
  return messages[0];
};
const mailFile = (name: string) => readFileSync(path.join(MAIL, name), 'utf8');
const gitBlob = (text: string) => createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest('hex');
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** What each message must give: its patch (files, quote depth) or the reason it has none. */
const OUTCOMES: Record<string, { files?: string[]; depth?: number; reason?: string }> = {
  '01': { files: [RST], depth: 0 },
  // One hunk is elided ([..]): the two complete ones are kept, the elided one is listed as omitted.
  '02': { files: [RST], depth: 1 },
  '03': { reason: NO_PATCH },
  '04': { files: [RST], depth: 0 },
  '05': { files: ['include/linux/btf.h', 'kernel/bpf/verifier.c'], depth: 0 },
  '06': { files: ['net/bpf/test_run.c', 'tools/testing/selftests/bpf/prog_tests/kfunc_call.c', 'tools/testing/selftests/bpf/progs/kfunc_call_test.c'], depth: 0 },
  '07': { files: ['include/linux/btf.h', 'kernel/bpf/verifier.c'], depth: 1 },
  '08': { files: ['include/linux/btf.h', 'kernel/bpf/verifier.c'], depth: 2 },
  '10': { reason: NO_PATCH },
  '11': { files: [RST], depth: 0 },
  '12': { files: [RST], depth: 1 },
  '13': { reason: FRAGMENTS_ONLY },
  '16': { reason: NO_PATCH },
  '18': { reason: NO_PATCH },
  '19': { reason: NO_PATCH },
  '20': { reason: NO_PATCH },
  '21': { reason: NO_PATCH },
  '22': { reason: NO_PATCH },
  '23': { files: [RST, 'include/linux/bpf.h', 'include/linux/btf.h', 'kernel/bpf/btf.c', 'kernel/bpf/helpers.c', 'kernel/bpf/syscall.c', 'kernel/bpf/verifier.c', 'net/bpf/test_run.c', 'tools/lib/bpf/bpf_helpers.h', 'tools/testing/selftests/bpf/verifier/calls.c'], depth: 0 },
  '25': { files: ['kernel/sched/ext.c', 'tools/sched_ext/include/scx/common.bpf.h', 'tools/sched_ext/include/scx/compat.bpf.h', 'tools/sched_ext/scx_qmap.bpf.c'], depth: 0 },
};

/** INDEX.md's table: file → the headers it lists. */
function indexRows(): Map<string, { subject: string; from: string; date: string; messageId: string; inReplyTo: string; depth: number }> {
  const rows = new Map();
  for (const line of mailFile('INDEX.md').split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*/, '').trim());
    if (!cells[0]?.startsWith('`') || cells.length < 8) continue;
    const id = (c: string) => /<([^>]+)>/.exec(c)?.[1] ?? '';
    rows.set(cells[0].replace(/`/g, ''), { subject: cells[1], from: cells[2], date: cells[3], messageId: id(cells[4]), inReplyTo: id(cells[5]), depth: Number(/quote depth (\d)/.exec(cells[6])?.[1]) });
  }
  return rows;
}

/** A tree holding only the lines a patch needs, where it needs them: its hunks' old lines. */
function baseFor(files: readonly FilePatch[]): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const f of files) {
    const out: string[] = [];
    for (const h of f.hunks) {
      while (out.length < h.oldStart - 1) out.push(`/* filler ${out.length + 1} */`);
      out.push(...h.lines.filter((l) => l.kind !== '+').map((l) => l.text));
    }
    tree[f.oldPath!] = out.concat('/* end */').join('\n') + '\n';
  }
  return tree;
}

if (!existsSync(MAIL)) {
  describe('mail suite', () => {
    it.skip(`${MAIL} not found: the real-message suite is skipped`, () => {});
  });
} else {
  describe('mail suite: every message in ../shared/mail', () => {
    const names = readdirSync(MAIL).filter((f) => f.endsWith('.eml')).sort();
    const rows = indexRows();

    it('has an expected outcome for every message and every INDEX.md row', () => {
      expect(names.map((n) => n.slice(0, 2))).toEqual(Object.keys(OUTCOMES).sort());
      expect([...rows.keys()].sort()).toEqual(names);
    });

    it.each(names)('%s is read with its headers and the expected outcome', async (name) => {
      const { messages, diagnostics } = await readMessages(readFileSync(path.join(MAIL, name)), name);
      expect(messages).toHaveLength(1);
      const [m] = messages;
      const row = rows.get(name)!;
      expect(m.messageId).toBe(row.messageId);
      expect(m.inReplyTo ?? '').toBe(row.inReplyTo);
      expect(m.subject.text).toBe(row.subject);
      expect(m.sender?.email).toBe(/<([^>]+)>/.exec(row.from)?.[1] ?? row.from);
      expect(Date.parse(m.date!)).toBe(Date.parse(row.date));
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const outcome = OUTCOMES[name.slice(0, 2)];
      if (outcome.reason) {
        expect(m.patch).toBeUndefined();
        expect(m.noPatchReason).toBe(outcome.reason);
      } else {
        expect(m.patch!.files.map((f) => f.newPath)).toEqual(outcome.files);
        expect(m.patch!.quoteDepth).toBe(outcome.depth);
        expect(m.patch!.quoteDepth).toBe(row.depth);
      }
    });

    it('the seed copy in ../shared/seeds lost its line breaks, and is reported so', async () => {
      const seeds = path.resolve(repoRoot, '../shared/seeds');
      for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
        const { messages, diagnostics } = await readMessages(readFileSync(path.join(seeds, name)), name);
        expect(messages).toEqual([]);
        expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['patch-input-unrecognised', 'holds a diff whose line breaks were lost: it cannot be applied']]);
      }
    });

    it('reads the trailers, the in-body author and the series position', async () => {
      const m23 = await read('23-');
      expect([m23.author?.email, m23.sender?.email]).toEqual(['ast@kernel.org', 'alexei.starovoitov@gmail.com']);
      expect(m23.subject).toMatchObject({ listTag: 'bpf-next', version: 2, index: 2, total: 4, title: 'bpf: Introduce kptr_rcu.' });
      const m12 = await read('12-');
      expect(m12.trailers.map((t) => [t.key, t.person?.email])).toEqual([['Reviewed-by', 'bagasdotme@gmail.com']]);
      const m11 = await read('11-');
      expect(m11.subject).toMatchObject({ listTag: 'bpf-next', version: 2, isCover: false });
      expect(m11.subject.index).toBeUndefined();
      expect(m11.trailers.map((t) => t.key)).toEqual(['Signed-off-by']);
      expect((await read('25-')).trailers.map((t) => t.key)).toEqual(['Signed-off-by', 'Cc', 'Cc', 'Cc', 'Cc', 'Cc', 'Cc']);
      expect((await read('13-')).inReplyTo).toBe('20230202223557.744110-2-void@manifault.com');
    });

    it('says what a reply left out of the patch it quotes, and why a fragment-only reply gives none', async () => {
      const { messages, diagnostics: d02 } = await readMessages(readFileSync(path.join(MAIL, '02-sdf-re-toke-rfc-v2-qp.eml')), '02');
      expect(messages[0].patch!.files[0].hunks.map((h) => h.header.slice(0, 24))).toEqual(['@@ -7,9 +7,9 @@ BPF Kern', '@@ -306,7 +381,7 @@ Here']);
      expect(messages[0].patch!.omitted).toEqual([
        { file: RST, header: '@@ -223,14 +223,89 @@ type. An example is shown below::', line: 179, why: 'hunk @@ -223,14 +223,89 @@ is cut by an elision after 4 of 14 old and 15 of 89 new lines' },
      ]);
      expect(d02.map((d) => [d.code, d.line, d.message])).toEqual([
        ['patch-quote-hunk-incomplete', 179, `the reply quotes ${RST}: hunk @@ -223,14 +223,89 @@ is cut by an elision after 4 of 14 old and 15 of 89 new lines; that hunk is left out of the patch`],
        ['patch-quote-comments-skipped', expect.any(Number), expect.stringMatching(/^\d+ lines of reply text between quoted diff lines left out$/)],
      ]);
      const { diagnostics: d13 } = await readMessages(readFileSync(path.join(MAIL, '13-donald-re-v2.eml')), '13');
      expect(d13.map((d) => d.message)).toEqual([`${FRAGMENTS_ONLY}: quoted + lines without a diff header`]);
    });

    it('11 applied to the base gives kfuncs.rst.patched-v2-4135f311 byte for byte, hash as its index line says', async () => {
      const m = await read('11-');
      const result = await applyPatch(memoryTree({ [RST]: mailFile('kfuncs.rst.base-0bd07b39') }), m.patch!);
      expect(result.ok).toBe(true);
      expect(result.applied[0].hunks.map((h) => h.method)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact']);
      const out = (await result.tree.readFile(RST))!;
      expect(out).toBe(mailFile('kfuncs.rst.patched-v2-4135f311'));
      expect(gitBlob(out).startsWith(m.patch!.files[0].index!.to)).toBe(true);
      expect(gitBlob(mailFile('kfuncs.rst.base-0bd07b39')).startsWith(m.patch!.files[0].index!.from)).toBe(true);
    });

    it('12, the quoted reply, gives the same patch as 11 byte for byte, and the same file', async () => {
      const [p11, p12] = [(await read('11-')).patch!, (await read('12-')).patch!];
      expect(p12.text).toBe(p11.text);
      const strip = (files: FilePatch[]) => JSON.parse(JSON.stringify(files, (k, v) => (k === 'line' ? undefined : v)));
      expect(strip(p12.files)).toEqual(strip(p11.files));
      const result = await applyPatch(memoryTree({ [RST]: mailFile('kfuncs.rst.base-0bd07b39') }), p12);
      expect(await result.tree.readFile(RST)).toBe(mailFile('kfuncs.rst.patched-v2-4135f311'));
    });

    it('04 (v1 1/3) applies exactly to the same base; the result hashes to its index line', async () => {
      const m = await read('04-');
      const result = await applyPatch(memoryTree({ [RST]: mailFile('kfuncs.rst.base-0bd07b39') }), m.patch!);
      expect(result.applied[0].hunks.every((h) => h.method === 'exact')).toBe(true);
      expect(gitBlob((await result.tree.readFile(RST))!).startsWith('e8452868827e')).toBe(true);
    });

    it("07's Gmail quote (tabs turned to spaces) applies with whitespace tolerance; 08 (Mutt around it) is the same patch", async () => {
      // The base blobs (btf.h 49e0fe6d8274, verifier.c 4cc0e70ee71e) are not in any tree we have; the
      // lines the hunks need are exactly the old lines of 05, the same patch sent unquoted.
      const p05 = (await read('05-')).patch!;
      const tree = memoryTree(baseFor(p05.files));
      const [p07, p08] = [(await read('07-')).patch!, (await read('08-')).patch!];
      expect(p08.text).toBe(p07.text);
      expect(p07.files.map((f) => f.hunks.length)).toEqual([1, 1]);
      const result = await applyPatch(tree, p07);
      expect(result.ok).toBe(true);
      expect(result.applied.map((a) => [a.file, a.hunks.map((h) => h.method)])).toEqual([
        ['include/linux/btf.h', ['exact']],
        ['kernel/bpf/verifier.c', ['whitespace']],
      ]);
      const unquoted = await applyPatch(tree, { ...p05, files: p05.files.map((f) => ({ ...f, hunks: f.hunks.slice(0, 1) })) });
      const loose = (t: string | undefined) => t?.replace(/[ \t]+/g, ' ');
      expect(await result.tree.readFile('include/linux/btf.h')).toBe(await unquoted.tree.readFile('include/linux/btf.h'));
      expect(loose(await result.tree.readFile('kernel/bpf/verifier.c'))).toBe(loose(await unquoted.tree.readFile('kernel/bpf/verifier.c')));
    });

    const note = missingKernelsNote(['6.12']);
    const root = kernelTreePath('6.12');
    if (note || !root) {
      it.skip(note ?? '6.12 tree missing', () => {});
    } else {
      const touched = OUTCOMES['25'].files!;
      const fingerprint = () => touched.map((f) => [f, sha256(readFileSync(path.join(root, f))), statSync(path.join(root, f)).mtimeMs]);

      it('25 (sched_ext rename, 3/3) against 6.12 fails precisely and applies nothing', async () => {
        const before = fingerprint();
        const base = directoryTree(root);
        const result = await applyPatch(base, (await read('25-')).patch!);
        expect(result.ok).toBe(false);
        expect(result.tree).toBe(base);
        expect(result.failures.map((f) => [f.file, f.hunk, f.expectedAt, f.firstMismatch])).toEqual([
          ['kernel/sched/ext.c', 7, 6645, 6653],
          ['tools/sched_ext/include/scx/common.bpf.h', 1, 41, 43],
          ['tools/sched_ext/include/scx/compat.bpf.h', 1, 20, 38],
        ]);
        const ext = result.failures[0];
        expect(ext.header).toMatch(/^@@ -6674,19 \+6697,27 @@/);
        expect(ext.expected[8]).toBe(' * scx_bpf_dsq_insert_vtime() for more information on @vtime.');
        expect(ext.found[8]).toBe(' * scx_bpf_dispatch_vtime() for more information on @vtime.');
        const failed = result.diagnostics.filter((d) => d.code === 'patch-hunk-failed');
        expect(failed[0].message).toBe(
          'kernel/sched/ext.c: hunk #7 @@ -6674,19 +6697,27 @@ does not apply: line 6653 should be " * scx_bpf_dsq_insert_vtime() for more information on @vtime." but is " * scx_bpf_dispatch_vtime() for more information on @vtime."',
        );
        expect(failed.map((d) => d.related?.file)).toEqual(['kernel/sched/ext.c', 'tools/sched_ext/include/scx/common.bpf.h', 'tools/sched_ext/include/scx/compat.bpf.h']);
        expect(fingerprint()).toEqual(before);
      });

      it('a patch that does apply to 6.12 changes the overlay only: the files on disk are byte-identical', async () => {
        const file = 'kernel/sched/ext.c';
        const before = fingerprint();
        const text = readFileSync(path.join(root, file), 'utf8');
        const lines = text.replace(/\n$/, '').split('\n');
        const at = lines.findIndex((l) => l.includes('scx_bpf_dispatch_vtime() for more information on @vtime.'));
        const edited = lines.map((l, k) => (k === at ? l.replace('scx_bpf_dispatch_vtime', 'scx_bpf_dsq_insert_vtime') : l));
        // The header says 10 lines too early, as a hand-edited hunk might.
        const diff = [`--- a/${file}`, `+++ b/${file}`, `@@ -${at - 12},5 +${at - 12},5 @@`, ...[-3, -2, -1].map((d) => ' ' + lines[at + d]), '-' + lines[at], '+' + edited[at], ' ' + lines[at + 1], ''].join('\n');
        const result = await applyPatch(directoryTree(root), (await readMessages(diff, 'edit.diff')).messages[0].patch!);
        expect(result.ok).toBe(true);
        expect(result.applied[0].hunks[0].method).toBe('offset');
        expect(await result.tree.readFile(file)).toBe(edited.join('\n') + '\n');
        expect(fingerprint()).toEqual(before);
      });
    }
  });
}
