/** The site's input read from files (`kfuncdoc build --graph`, a preview server): the graph JSON and the rendered guides and notes. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/site-config-schema.ts';
import { forgetGraphs, GUIDES_ENV, loadSiteInput } from '../../src/integration/graph-source.ts';
import { smallGraph } from './small-graph.ts';

const NOTE = '---\nkfunc: bpf_sample_cpu_rq\n---\n\n```c\nbpf_sample_cpu_rq(0);\n```\n';

function project(rendered: unknown): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-graph-source-'));
  writeFileSync(path.join(root, 'graph.json'), JSON.stringify(smallGraph));
  writeFileSync(path.join(root, 'rendered.json'), JSON.stringify(rendered));
  mkdirSync(path.join(root, 'content', 'kfuncs'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'kfuncs', 'bpf_sample_cpu_rq.md'), NOTE);
  return root;
}

const load = (root: string) => {
  process.env[GUIDES_ENV] = path.join(root, 'rendered.json');
  return loadSiteInput(parseSiteConfig({ graph: 'graph.json' }, 'test'), root);
};

afterEach(() => {
  delete process.env[GUIDES_ENV];
  forgetGraphs();
});

describe('the site input from files', () => {
  it('takes the notes the rendered file carries', async () => {
    const note = { id: 'n', kfunc: 'bpf_sample_cpu_rq', file: 'content/kfuncs/n.md', html: '<p>from the file</p>' };
    const input = await load(project({ guides: [], notes: [note] }));
    expect(input.notes).toEqual([note]);
  });

  it("renders the project's notes itself from a file of guides alone (an older `graph --guides`)", async () => {
    const input = await load(project([]));
    expect(input.notes).toMatchObject([{ id: 'bpf_sample_cpu_rq', kfunc: 'bpf_sample_cpu_rq', file: 'content/kfuncs/bpf_sample_cpu_rq.md' }]);
    expect(input.notes[0].html).toContain('<code class="hljs language-c">');
  });

  it('says what a file of another shape is, and how to write one', async () => {
    await expect(load(project({ pages: [] }))).rejects.toThrow(/rendered\.json: not kfuncdoc's rendered guides and notes .*kfuncdoc graph --guides FILE/);
  });
});
