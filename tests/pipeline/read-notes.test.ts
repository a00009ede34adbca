import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { parseNote, readNotes } from '../../src/pipeline/read-notes.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';

describe('kfunc notes', () => {
  it('reads the frontmatter with the line of the deprecation', () => {
    const note = parseNote('content/kfuncs/bpf_x.md', '---\ndeprecation:\n  since: "7.0"\n  removal: "7.2"\n---\n\nBody.\n');
    expect(note).toMatchObject({ kfunc: 'bpf_x', deprecation: { since: '7.0', removal: '7.2', links: [] }, deprecationLine: 2 });
  });

  it('names file and line of bad YAML and of a bad field, with a hint', () => {
    expect(() => parseNote('content/kfuncs/a.md', '---\ndeprecation: [\n---\n')).toThrow(/frontmatter is not valid YAML/);
    try {
      parseNote('content/kfuncs/a.md', '---\nkfunc: ok\ndeprecation:\n  since: "seven"\n---\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ file: 'content/kfuncs/a.md', line: 3, message: expect.stringMatching(/deprecation.since: write a version as X.Y/) });
    }
  });

  it("merges a note's deprecation into the lifecycle from its since version on", async () => {
    const notes = await readNotes('content');
    const trees = await Promise.all(['sample/linux-6.18', 'sample/linux-6.19', 'sample/linux-7.0'].map((p) => openKernelTree(p)));
    const { graph } = await buildGraph(trees, { notes });
    const k = graph.kfuncs.find((x) => x.name === 'bpf_sample_comm_match')!;
    expect(k.lifecycle.find((e) => e.kind === 'deprecated')).toMatchObject({ version: '7.0', removalPlanned: '7.2', evidence: [{ file: 'content/kfuncs/bpf_sample_comm_match.md' }] });
    expect(k.versions['6.19'].deprecations).toEqual([]);
  });
});
