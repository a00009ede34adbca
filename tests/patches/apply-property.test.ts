import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/patches/apply-patch.ts';
import { parseUnifiedDiff } from '../../src/patches/parse-unified-diff.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { applyEdits, makeDiff, type Edit } from './helpers/make-diff.ts';
import { randomLine, seeded, type Random } from './helpers/random.ts';

const RUNS = 300;
const text = (lines: readonly string[]) => lines.join('\n') + '\n';
const patchOf = (diff: string) => ({ source: 'random.diff', files: parseUnifiedDiff(diff).files });

/** Sorted, non-overlapping edits with at least one untouched line between them, within [lo, hi). */
function randomEdits(r: Random, lo: number, hi: number, line: () => string): Edit[] {
  const edits: Edit[] = [];
  let at = lo + r.int(0, 3);
  while (at < hi && edits.length < 5) {
    const remove = r.int(0, Math.min(3, hi - at));
    const insert = Array.from({ length: r.int(remove === 0 ? 1 : 0, 3) }, line);
    edits.push({ at, remove, insert });
    at += remove + 1 + r.int(0, 12);
  }
  return edits;
}

function expandTabs(line: string): string {
  let out = '';
  for (const c of line) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
}

describe('applyPatch on random files and edits', () => {
  it('gives back the edited file, every hunk exact', async () => {
    const r = seeded(7);
    for (let run = 0; run < RUNS; run++) {
      const lines = Array.from({ length: r.int(1, 60) }, () => randomLine(r));
      const edits = randomEdits(r, 0, lines.length, () => randomLine(r));
      const result = await applyPatch(memoryTree({ 'f.c': text(lines) }), patchOf(makeDiff('f.c', lines, edits)));
      expect(result.ok, `run ${run}`).toBe(true);
      expect(await result.tree.readFile('f.c')).toBe(text(applyEdits(lines, edits)));
      expect(result.applied[0].hunks.every((h) => h.method === 'exact')).toBe(true);
    }
  });

  it('still applies, with offset, when unrelated lines were added around the hunks', async () => {
    const r = seeded(11);
    let offsets = 0;
    for (let run = 0; run < RUNS; run++) {
      let unique = 0;
      const lines = Array.from({ length: r.int(10, 80) }, () => randomLine(r, unique++));
      const edits = randomEdits(r, 3, lines.length - 3, () => randomLine(r, unique++));
      const diff = makeDiff('f.c', lines, edits);
      const hunks = parseUnifiedDiff(diff).files[0].hunks;
      const windows = hunks.map((h) => [h.oldStart - 1, h.oldStart - 1 + h.oldLines]);
      const free = Array.from({ length: lines.length + 1 }, (_, k) => k).filter((k) => windows.every(([s, e]) => k <= s || k >= e));
      const points = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(free)))].sort((a, b) => a - b);
      const extras: Edit[] = points.map((at) => ({ at, remove: 0, insert: Array.from({ length: r.int(1, 4) }, () => `extra line ${unique++}`) }));
      const shifted = applyEdits(lines, extras);
      const all = [...edits, ...extras].sort((a, b) => a.at - b.at);
      const result = await applyPatch(memoryTree({ 'f.c': text(shifted) }), patchOf(diff));
      expect(result.ok, `run ${run}`).toBe(true);
      expect(await result.tree.readFile('f.c')).toBe(text(applyEdits(lines, all)));
      for (const [k, h] of result.applied[0].hunks.entries()) {
        const before = extras.filter((e) => e.at <= windows[k][0]).reduce((n, e) => n + e.insert.length, 0);
        expect([h.method, h.offset]).toEqual([before ? 'offset' : 'exact', before]);
        offsets += before ? 1 : 0;
      }
    }
    expect(offsets).toBeGreaterThan(RUNS / 2);
  });

  it('applies a copy whose tabs became spaces, saying whitespace for the hunks that had tabs', async () => {
    const r = seeded(13);
    let loose = 0;
    for (let run = 0; run < RUNS; run++) {
      let unique = 0;
      const lines = Array.from({ length: r.int(5, 50) }, () => randomLine(r, unique++));
      const edits = randomEdits(r, 0, lines.length, () => randomLine(r, unique++));
      const diff = makeDiff('f.c', lines, edits);
      const mangled = diff.split('\n').map((l) => (/^[ +-]/.test(l) && !/^(---|\+\+\+) /.test(l) ? expandTabs(l) : l)).join('\n');
      const result = await applyPatch(memoryTree({ 'f.c': text(lines) }), patchOf(mangled));
      expect(result.ok, `run ${run}`).toBe(true);
      const expectedEdits = edits.map((e) => ({ ...e, insert: e.insert.map((l) => expandTabs('+' + l).slice(1)) }));
      expect(await result.tree.readFile('f.c')).toBe(text(applyEdits(lines, expectedEdits)));
      const hunks = parseUnifiedDiff(diff).files[0].hunks;
      for (const [k, h] of result.applied[0].hunks.entries()) {
        const tabs = hunks[k].lines.some((l) => l.kind !== '+' && l.text.includes('\t'));
        expect(h.method).toBe(tabs ? 'whitespace' : 'exact');
        loose += tabs ? 1 : 0;
      }
    }
    expect(loose).toBeGreaterThan(RUNS / 2);
  });

  it('never half-applies: when a later file fails, no file changes', async () => {
    const r = seeded(17);
    let failed = 0;
    for (let run = 0; run < RUNS / 3; run++) {
      let unique = 0;
      const a = Array.from({ length: r.int(5, 30) }, () => randomLine(r, unique++));
      const b = Array.from({ length: r.int(5, 30) }, () => randomLine(r, unique++));
      const ea = randomEdits(r, 0, a.length, () => randomLine(r, unique++));
      const eb = randomEdits(r, 0, b.length, () => randomLine(r, unique++)).filter((e) => e.remove > 0);
      if (!eb.length) continue;
      const tree = memoryTree({ 'a.c': text(a), 'b.c': text(b) });
      const drifted = b.map((l, k) => (k === eb[0].at ? l + ' changed' : l));
      const broken = memoryTree({ 'a.c': text(a), 'b.c': text(drifted) });
      const patch = patchOf(makeDiff('a.c', a, ea) + makeDiff('b.c', b, eb));
      expect((await applyPatch(tree, patch)).ok).toBe(true);
      const result = await applyPatch(broken, patch);
      expect(result.ok).toBe(false);
      expect(result.tree).toBe(broken);
      expect(await result.tree.readFile('a.c')).toBe(text(a));
      expect(result.failures[0].file).toBe('b.c');
      failed++;
    }
    expect(failed).toBeGreaterThan(RUNS / 6);
  });
});
