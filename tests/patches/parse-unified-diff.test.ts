import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/patches/apply-patch.ts';
import { parseUnifiedDiff } from '../../src/patches/parse-unified-diff.ts';
import { readMessages } from '../../src/patches/read-messages.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { fixtureBytes } from './helpers/fixtures.ts';

const text = (name: string) => new TextDecoder().decode(fixtureBytes(name));

describe('parseUnifiedDiff', () => {
  it('reads git format-patch output: new, deleted, mode-only and renamed files', () => {
    const { files, diagnostics } = parseUnifiedDiff(text('format-patch.patch'), 'format-patch.patch');
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.status, f.oldPath, f.newPath, f.hunks.length])).toEqual([
      ['added', null, 'Documentation/demo/new.rst', 1],
      ['deleted', 'Documentation/demo/obsolete.rst', null, 1],
      ['modified', 'Documentation/demo/run.sh', 'Documentation/demo/run.sh', 0],
      ['renamed', 'include/demo/flags.h', 'include/demo/demo_flags.h', 2],
    ]);
    expect(files[0].newMode).toBe('100644');
    expect([files[2].oldMode, files[2].newMode]).toEqual(['100644', '100755']);
    expect(files[3].similarity).toBe(76);
    expect(files[3].index).toEqual({ from: '1e45a93', to: 'f1044ac' });
  });

  it('keeps hunk positions: header line in the input, counts, lines with their kinds', () => {
    const { files } = parseUnifiedDiff(text('format-patch.patch'));
    const hunk = files[3].hunks[1];
    expect([hunk.oldStart, hunk.oldLines, hunk.newStart, hunk.newLines, hunk.line]).toEqual([18, 4, 19, 9, 59]);
    expect(hunk.header).toBe('@@ -18,4 +19,9 @@ static inline bool demo_is_release(u32 flags)');
    expect(hunk.lines.map((l) => l.kind).join('')).toBe('   +++++ ');
    expect(hunk.lines[0]).toEqual({ kind: ' ', text: '\treturn flags & DF_RELEASE;', line: 60 });
  });

  it('reads a plain diff -u with quilt prefixes and timestamps, skipping Index lines', () => {
    const { files, diagnostics } = parseUnifiedDiff(text('plain.diff'));
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.oldPath, f.newPath, f.hunks.length, f.line])).toEqual([['Documentation/demo/guide.rst', 'Documentation/demo/guide.rst', 2, 3]]);
  });

  it('reads a side dated at the epoch as a file that does not exist (GNU diff -N), as patch does', async () => {
    const diff = [
      'diff -Nur a/Documentation/demo/new.rst b/Documentation/demo/new.rst',
      '--- a/Documentation/demo/new.rst\t1970-01-01 01:00:00.000000000 +0100',
      '+++ b/Documentation/demo/new.rst\t2026-11-25 17:00:00.000000000 +0000',
      '@@ -0,0 +1,2 @@',
      '+New',
      '+===',
      'diff -Nur a/Documentation/demo/old.rst b/Documentation/demo/old.rst',
      '--- a/Documentation/demo/old.rst\t2026-11-25 17:00:00.000000000 +0000',
      '+++ b/Documentation/demo/old.rst\tThu Jan  1 00:00:00 1970',
      '@@ -1 +0,0 @@',
      '-Old',
      '',
    ].join('\n');
    const { files, diagnostics } = parseUnifiedDiff(diff);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.status, f.oldPath, f.newPath])).toEqual([
      ['added', null, 'Documentation/demo/new.rst'],
      ['deleted', 'Documentation/demo/old.rst', null],
    ]);
    const result = await applyPatch(memoryTree({ 'Documentation/demo/old.rst': 'Old\n' }), { files, source: 'diff -N' });
    expect(result.ok).toBe(true);
    expect(await result.tree.readFile('Documentation/demo/new.rst')).toBe('New\n===\n');
    expect(await result.tree.readFile('Documentation/demo/old.rst')).toBeUndefined();
    // A real date one second after the epoch is a file.
    expect(parseUnifiedDiff(diff.replace('01:00:00.000000000 +0100', '01:00:01.000000000 +0100')).files[0].oldPath).toBe('Documentation/demo/new.rst');
  });

  it('reads counts left out, no-newline markers, quoted paths and --no-prefix', () => {
    const diff = [
      'diff --git "a/dir/t\\303\\251st file.c" "b/dir/t\\303\\251st file.c"',
      '--- "a/dir/t\\303\\251st file.c"',
      '+++ "b/dir/t\\303\\251st file.c"',
      '@@ -1 +1 @@',
      '-old',
      '\\ No newline at end of file',
      '+new',
      '\\ No newline at end of file',
      'diff --git kernel/x.c kernel/x.c',
      '--- kernel/x.c',
      '+++ kernel/x.c',
      '@@ -3,0 +4,1 @@',
      '+added',
    ].join('\n');
    const { files, diagnostics } = parseUnifiedDiff(diff);
    expect(diagnostics).toEqual([]);
    expect(files[0].newPath).toBe('dir/tést file.c');
    expect(files[0].hunks[0].lines).toEqual([
      { kind: '-', text: 'old', noNewline: true, line: 5 },
      { kind: '+', text: 'new', noNewline: true, line: 7 },
    ]);
    expect(files[1].oldPath).toBe('kernel/x.c');
    expect([files[1].hunks[0].oldLines, files[1].hunks[0].newLines]).toEqual([0, 1]);
  });

  it('reads an empty line inside a hunk as a blank context line, as mailers strip its space', () => {
    const { files } = parseUnifiedDiff('--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n');
    expect(files[0].hunks[0].lines.map((l) => [l.kind, l.text])).toEqual([[' ', 'a'], [' ', ''], ['-', 'b'], ['+', 'c']]);
  });

  it('says where a hunk is corrupt', () => {
    const { diagnostics } = parseUnifiedDiff('--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+c\nnot diff\n', 'p.diff');
    expect(diagnostics).toMatchObject([{ code: 'patch-diff-corrupt', severity: 'error', file: 'p.diff', line: 7 }]);
    expect(diagnostics[0].message).toContain('f: hunk @@ -1,3 +1,3 @@ ends after 2 of 3 old and 2 of 3 new lines');
  });

  it('reports binary diffs', () => {
    const { files, diagnostics } = parseUnifiedDiff('diff --git a/x.png b/x.png\nindex 1..2 100644\nBinary files a/x.png and b/x.png differ\n');
    expect(files[0]).toMatchObject({ binary: true, oldPath: 'x.png', newPath: 'x.png' });
    expect(diagnostics[0]).toMatchObject({ code: 'patch-binary-unsupported', severity: 'warning' });
  });

  it('keeps a binary file in a mailed patch and leaves the refusal to the applier', async () => {
    const diff = 'diff --git a/x.png b/x.png\nindex 1..2 100644\nBinary files a/x.png and b/x.png differ\ndiff --git a/y b/y\n--- a/y\n+++ b/y\n@@ -1 +1 @@\n-a\n+b\n';
    const { messages } = await readMessages(diff, 'bin.diff');
    expect(messages[0].patch!.files.map((f) => [f.newPath, f.binary])).toEqual([['x.png', true], ['y', false]]);
    const result = await applyPatch(memoryTree({ 'x.png': 'P', y: 'a\n' }), messages[0].patch!);
    expect([result.ok, result.diagnostics[0].code, result.diagnostics[0].severity]).toEqual([false, 'patch-binary-unsupported', 'error']);
  });

  it('finds nothing in text with no diff', () => {
    expect(parseUnifiedDiff('hello\n---\n stat | 1 +\n')).toEqual({ files: [], diagnostics: [] });
  });
});
