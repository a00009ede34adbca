import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/patches/apply-patch.ts';
import { parseUnifiedDiff } from '../../src/patches/parse-unified-diff.ts';
import { readMessages } from '../../src/patches/read-messages.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { expected, fixtureBytes, fixtureFiles, fixtureTree } from './helpers/fixtures.ts';

const patchOf = (diff: string) => ({ source: 'p.diff', files: parseUnifiedDiff(diff, 'p.diff').files });
const fixturePatch = async (name: string) => (await readMessages(fixtureBytes(name), name)).messages.find((m) => m.patch)!.patch!;
const GUIDE = 'Documentation/demo/guide.rst';
const FLAGS = 'include/demo/flags.h';

describe('applyPatch', () => {
  it('applies a patch exactly and leaves the base tree as it was', async () => {
    const base = fixtureTree();
    const result = await applyPatch(base, await fixturePatch('plain.diff'));
    expect(result.ok).toBe(true);
    expect(result.applied).toEqual([
      {
        file: GUIDE,
        status: 'modified',
        hunks: [
          { hunk: 1, header: expect.stringMatching(/^@@ -14,7 \+14,8 @@/), method: 'exact', offset: 0, fuzz: 0, at: 14 },
          { hunk: 2, header: expect.stringMatching(/^@@ -28,17 \+29,31 @@/), method: 'exact', offset: 0, fuzz: 0, at: 28 },
        ],
      },
    ]);
    expect(await result.tree.readFile(GUIDE)).toBe(expected('guide.rst'));
    expect(await base.readFile(GUIDE)).toBe(fixtureFiles()[GUIDE]);
    expect(result.diagnostics).toEqual([]);
  });

  it('finds a hunk that moved (offset), carrying the offset to the next hunk like patch', async () => {
    const files = fixtureFiles();
    const shifted = memoryTree({ [GUIDE]: 'one more line\nand another\n' + files[GUIDE] });
    const result = await applyPatch(shifted, await fixturePatch('plain.diff'));
    expect(result.ok).toBe(true);
    expect(result.applied[0].hunks.map((h) => [h.method, h.offset, h.at])).toEqual([
      ['offset', 2, 16],
      ['offset', 2, 30],
    ]);
    expect(await result.tree.readFile(GUIDE)).toBe('one more line\nand another\n' + expected('guide.rst'));
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['patch-hunk-offset', 'info', `${GUIDE}: hunk #1 @@ -14,7 +14,8 @@ applied at line 16 (offset +2 lines)`],
      ['patch-hunk-offset', 'info', `${GUIDE}: hunk #2 @@ -28,17 +29,31 @@ applied at line 30 (offset +2 lines)`],
    ]);
  });

  it('ignores a changed outer context line with fuzz, keeping the tree’s line', async () => {
    const files = fixtureFiles();
    const edited = files[GUIDE].replace('1.1 Acquire flag\n-', '1.1 The acquire flag\n-');
    const result = await applyPatch(memoryTree({ [GUIDE]: edited }), await fixturePatch('plain.diff'));
    expect(result.ok).toBe(true);
    expect(result.applied[0].hunks[0]).toMatchObject({ method: 'fuzz', fuzz: 2 });
    expect(await result.tree.readFile(GUIDE)).toBe(expected('guide.rst').replace('1.1 Acquire flag\n-', '1.1 The acquire flag\n-'));
    expect(result.diagnostics[0]).toMatchObject({ code: 'patch-hunk-fuzz', severity: 'warning' });
  });

  it('applies a Gmail quote whose tabs became spaces when whitespace is ignored', async () => {
    const result = await applyPatch(fixtureTree(), await fixturePatch('gmail-tabs.eml'));
    expect(result.ok).toBe(true);
    expect(result.applied[0].hunks.map((h) => h.method)).toEqual(['whitespace', 'whitespace']);
    const text = (await result.tree.readFile(FLAGS))!;
    // Context lines keep the tree's tabs; added lines keep the patch's spaces, as git apply does.
    expect(text.replace(/[ \t]+/g, ' ')).toBe(expected('flags.h').replace(/[ \t]+/g, ' '));
    expect(text).toContain('#define DF_ACQUIRE\t(1 << 0)');
    expect(text).toContain('#define DF_DEPRECATED  (1 << 3)');
    expect(result.diagnostics[0].hint).toContain('Gmail');
  });

  it('fails precisely and applies nothing when one hunk does not match', async () => {
    const files = fixtureFiles();
    const drifted = { ...files, [GUIDE]: files[GUIDE].replace('2.1 demo_get() and demo_put()', '2.1 demo_acquire() and demo_release()') };
    const both = { source: 'both', files: [...(await fixturePatch('folded-headers.eml')).files, ...(await fixturePatch('plain.diff')).files] };
    const result = await applyPatch(memoryTree(drifted), both);
    expect(result.applied.map((a) => a.file)).toEqual([FLAGS]);
    expect(result.ok).toBe(false);
    expect(result.tree.label).toBe('memory');
    expect(await result.tree.readFile(FLAGS)).toBe(files[FLAGS]);
    expect(result.failures).toEqual([
      {
        file: GUIDE,
        hunk: 2,
        header: '@@ -28,17 +29,31 @@ caller must release with the matching release kfunc.',
        patchLine: expect.any(Number),
        expectedAt: 28,
        expected: expect.arrayContaining(['2.1 demo_get() and demo_put()']),
        found: expect.arrayContaining(['2.1 demo_acquire() and demo_release()']),
        firstMismatch: 36,
      },
    ]);
    const failed = result.diagnostics.find((d) => d.code === 'patch-hunk-failed')!;
    expect(failed.message).toBe(
      `${GUIDE}: hunk #2 @@ -28,17 +29,31 @@ does not apply: line 36 should be "2.1 demo_get() and demo_put()" but is "2.1 demo_acquire() and demo_release()"`,
    );
    expect(failed.related).toEqual({ file: GUIDE, line: 36, message: 'hunk #2 expected here' });
  });

  it('points at the closest place when the hunk is elsewhere but changed', async () => {
    const files = fixtureFiles();
    const lines = files[GUIDE].replace('2. Core demo kfuncs', '9. Core demo kfuncs').split('\n');
    lines.splice(22, 0, ...Array.from({ length: 30 }, (_, k) => `inserted ${k}`));
    const result = await applyPatch(memoryTree({ [GUIDE]: lines.join('\n') }), await fixturePatch('plain.diff'));
    expect(result.ok).toBe(false);
    expect(result.failures[0]).toMatchObject({ hunk: 2, expectedAt: 28, closest: { at: 58, matching: 16 } });
    expect(result.diagnostics.at(-1)!.message).toMatch(/; closest: line 58, 16 of 17 lines match$/);
  });

  it.each(['../outside.txt', '/etc/passwd', 'Documentation/../../x', 'a/../b/../../c'])('refuses the path %j', async (path) => {
    const diff = `--- /dev/null\n+++ b/${path.replace(/^\//, '')}\n@@ -0,0 +1 @@\n+x\n`;
    const patch = { source: 'p.diff', files: parseUnifiedDiff(diff).files.map((f) => ({ ...f, newPath: path })) };
    const result = await applyPatch(fixtureTree(), patch);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'patch-path-unsafe', severity: 'error' });
    expect(result.diagnostics[0].message).toMatch(/^refusing .*: the path (is absolute|climbs out of the tree with \.\.)$/);
  });

  it('refuses a ../ path read from a diff header', async () => {
    const result = await applyPatch(fixtureTree(), patchOf('diff --git a/../x b/../x\n--- a/../x\n+++ b/../x\n@@ -1 +1 @@\n-a\n+b\n'));
    expect(result.diagnostics[0].code).toBe('patch-path-unsafe');
  });

  it('adds, deletes and renames files, and the overlay lists and searches them', async () => {
    const result = await applyPatch(fixtureTree(), await fixturePatch('format-patch.patch'));
    expect(result.ok).toBe(true);
    expect(result.applied.map((a) => [a.status, a.file, a.from])).toEqual([
      ['added', 'Documentation/demo/new.rst', undefined],
      ['deleted', 'Documentation/demo/obsolete.rst', undefined],
      ['modified', 'Documentation/demo/run.sh', undefined],
      ['renamed', 'include/demo/demo_flags.h', FLAGS],
    ]);
    expect(await result.tree.listFiles('')).toEqual([
      GUIDE,
      'Documentation/demo/new.rst',
      'Documentation/demo/run.sh',
      'include/demo/demo_flags.h',
    ].sort());
    expect(await result.tree.readFile(FLAGS)).toBeUndefined();
    expect(await result.tree.readFile('include/demo/demo_flags.h')).toBe(expected('flags.h'));
    // The scan covers C sources only (KernelTree#findSources): the renamed header is read, not scanned.
    expect(await result.tree.findSources(['DF_DEPRECATED'])).toEqual([]);
  });

  it('refuses to create a file that exists and to change one that does not', async () => {
    const add = await applyPatch(fixtureTree(), patchOf(`--- /dev/null\n+++ b/${GUIDE}\n@@ -0,0 +1 @@\n+x\n`));
    expect(add.diagnostics[0]).toMatchObject({ code: 'patch-file-exists' });
    const missing = await applyPatch(memoryTree({}), await fixturePatch('plain.diff'));
    expect(missing.diagnostics[0]).toMatchObject({ code: 'patch-file-missing', message: `${GUIDE}: no such file in memory` });
  });

  it('keeps and changes the missing newline at the end of a file', async () => {
    const tree = memoryTree({ f: 'a\nb' });
    const patch = patchOf('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n');
    expect(await (await applyPatch(tree, patch)).tree.readFile('f')).toBe('a\nc\n');
    const keep = patchOf('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    expect(await (await applyPatch(tree, keep)).tree.readFile('f')).toBe('a\nc');
    const wrong = patchOf('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n');
    expect((await applyPatch(tree, wrong)).ok).toBe(true);
  });

  it('does not pin a hunk with uneven context to an end of the file, as git apply does not', async () => {
    const patch = patchOf('--- a/f\n+++ b/f\n@@ -1,3 +1,4 @@\n+top\n a\n b\n c\n');
    expect(await (await applyPatch(memoryTree({ f: 'a\nb\nc\nd\n' }), patch)).tree.readFile('f')).toBe('top\na\nb\nc\nd\n');
    const shifted = await applyPatch(memoryTree({ f: 'x\na\nb\nc\nd\n' }), patch);
    expect(shifted.applied[0].hunks[0]).toMatchObject({ method: 'offset', offset: 1 });
    expect(await shifted.tree.readFile('f')).toBe('x\ntop\na\nb\nc\nd\n');
  });
});
