/** The guides of a tree parsed once per text, and per section across runs. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDocuments } from '../../src/pipeline/collect-documents.ts';
import { openParseCache } from '../../src/pipeline/parse-cache.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';

const guide = (third: string) => `=====
Guide
=====

1. One
======

The first section.

2. Two
======

The second section.

3. Three
========

${third}
`;

describe('collectDocuments', () => {
  it('keeps the parsed section bodies of a parsed guide in the tree\'s cache, for an edit or a patch to reuse', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-sections-'));
    const cache = openParseCache(dir, 'tree', 'v1');
    const docs = await collectDocuments(memoryTree({ 'Documentation/bpf/guide.rst': guide('The third section.') }), cache);
    cache.save();
    expect(docs.documents.map((d) => d.sections.map((s) => s.title))).toEqual([['Guide', 'One', 'Two', 'Three']]);
    const kept = JSON.parse(readFileSync(path.join(dir, 'parse', 'tree', 'sections.json'), 'utf8')).data as Record<string, unknown>;
    expect(Object.keys(kept).length).toBeGreaterThanOrEqual(3);

    // The next run: the guide edited in its third section. Its other sections come from the
    // cache, the edit is parsed, and the result is what a parse from scratch gives.
    const next = openParseCache(dir, 'tree', 'v1');
    const edited = await collectDocuments(memoryTree({ 'Documentation/bpf/guide.rst': guide('The third section, *edited*.') }), next);
    const fresh = await collectDocuments(memoryTree({ 'Documentation/bpf/guide.rst': guide('The third section, *edited*.') }), openParseCache(undefined, 'fresh', 'v2'));
    expect(edited.documents).toEqual(fresh.documents);
  });
});
