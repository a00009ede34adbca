/** The guides of the newest version rendered with links through the graph (a small two-version scenario tree). */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { buildSiteInputFromTrees } from '../../src/pipeline/build-site-input.ts';
import type { RstParseCache } from '../../src/rst/parse-chunk.ts';
import { absoluteUrl, kernelDocBody, renderGuides, type GuideHrefs, type RenderedGuide } from '../../src/pipeline/render-guides.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';

const BTF_H = `#define KF_ACQUIRE (1 << 0) /* returns a pointer holding a reference */
#define KF_RELEASE (1 << 1) /* drops the reference passed to it */
`;

function demoC(withOld: boolean): string {
  const old = withOld ? ['bpf_demo_old', 'Do the old thing', 'KF_RELEASE'] : ['bpf_demo_put', 'Drop a demo <script>x</script>', 'KF_RELEASE'];
  return `// SPDX-License-Identifier: GPL-2.0
#include <linux/btf.h>

/**
 * DOC: demo overview
 *
 * A demo is taken with bpf_demo_get() and must be checked against %NULL.
 *
 * Demos are <b>not</b> shared.
 */

/**
 * bpf_demo_get - Take a demo reference
 * @id: The demo to look up.
 *
 * Pair with ${old[0]}().
 *
 * Return: The demo, or %NULL.
 */
__bpf_kfunc struct demo *bpf_demo_get(int id)
{
	return NULL;
}

/**
 * ${old[0]} - ${old[1]}
 * @d: The demo.
 */
__bpf_kfunc void ${old[0]}(struct demo *d)
{
}

BTF_KFUNCS_START(demo_kfunc_ids)
BTF_ID_FLAGS(func, bpf_demo_get, KF_ACQUIRE)
BTF_ID_FLAGS(func, ${old[0]}, ${old[2]})
BTF_KFUNCS_END(demo_kfunc_ids)

static const struct btf_kfunc_id_set demo_kfunc_set = {
	.owner = THIS_MODULE,
	.set   = &demo_kfunc_ids,
};

static int __init demo_init(void)
{
	return register_btf_kfunc_id_set(BPF_PROG_TYPE_UNSPEC, &demo_kfunc_set);
}
`;
}

const GUIDE = `.. _demo-header:

=============
Demo kfuncs
=============

Call bpf_demo_get() first; bpf_demo_old() is gone. The flags are in
\`btf.h <../../include/linux/btf.h>\`_, the rest on \`a moved page <gone.html#rest>\`_
and \`the web <https://example.org/x>\`_.

1. Getting a demo
=================

See :ref:\`other-label\` for the rest [#why]_.

.. [#why] Because.

=====  =====
A      B
=====  =====
1      2
=====  =====

.. kernel-doc:: kernel/bpf/demo.c
   :identifiers: bpf_demo_get

1.1 Every demo kfunc
--------------------

.. kernel-doc:: kernel/bpf/demo.c
   :export:

.. kernel-doc:: kernel/bpf/demo.c
   :doc: demo overview
`;

const OTHER = `Other things
============

.. _other-label:

1. Other section
================

Text.
`;

const hrefs: GuideHrefs = {
  source: (file) => `src:${file}`,
  kfunc: (name) => `/kfuncs/${name}/`,
  doc: (path, anchor) => `/docs/${path.slice('Documentation/'.length, -'.rst'.length)}/${anchor ? `#${anchor}` : ''}`,
};

let guides: RenderedGuide[];
let newerTree: Parameters<typeof buildSiteInputFromTrees>[0][number];
const guide = (name: string) => guides.find((g) => g.path === `Documentation/bpf/${name}.rst`)!;

beforeAll(async () => {
  const tree = (version: string, files: Record<string, string>) => ({ tree: memoryTree(files), version, release: version, source: `memory ${version}` });
  const older = tree('7.1', { 'include/linux/btf.h': BTF_H, 'kernel/bpf/demo.c': demoC(true), 'Documentation/bpf/demo.rst': GUIDE });
  const newer = tree('7.2', { 'include/linux/btf.h': BTF_H, 'kernel/bpf/demo.c': demoC(false), 'Documentation/bpf/demo.rst': GUIDE, 'Documentation/bpf/other.rst': OTHER });
  newerTree = newer;
  const { graph, builds } = await buildGraph([older, newer], { callSites: false });
  guides = renderGuides(builds.at(-1)!, graph, hrefs);
});

describe('the parse cache of rendering', () => {
  it('is asked for the table cells a render parses, and a second render parses none', async () => {
    const { graph, builds } = await buildGraph([newerTree], { callSites: false });
    const kept = new Map<string, unknown>();
    let stored = 0;
    const cache: RstParseCache = { get: (text) => kept.get(text) as never, set: (text, blocks) => (stored++, kept.set(text, blocks)) };
    const first = renderGuides(builds[0], graph, hrefs, cache);
    expect(stored).toBeGreaterThan(0);
    const afterFirst = stored;
    const second = renderGuides(builds[0], graph, hrefs, cache);
    expect(stored).toBe(afterFirst);
    expect(second.map((g) => g.html)).toEqual(first.map((g) => g.html));
  });

  it('is kept on disk beside the tree\'s caches by buildSiteInput, and gives the same pages', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-render-cache-'));
    const first = await buildSiteInputFromTrees([newerTree], { cacheDir, hrefs: () => hrefs });
    const dirs = readdirSync(path.join(cacheDir, 'parse')).filter((d) => d.startsWith('render-7.2-'));
    expect(dirs).toHaveLength(1);
    expect(readdirSync(path.join(cacheDir, 'parse', dirs[0]))).toEqual(['fragments.json']);
    const second = await buildSiteInputFromTrees([newerTree], { cacheDir, hrefs: () => hrefs });
    expect(second.guides.map((g) => g.html)).toEqual(first.guides.map((g) => g.html));
  });
});

describe('renderGuides', () => {
  it('shows the DOC: block a `:doc:` directive names, its markup rendered and its text escaped', () => {
    const html = guide('demo').html;
    expect(html).toContain('<div class="kernel-doc kernel-doc-block">');
    expect(html).toMatch(/A demo is taken with <a [^>]*href="\/kfuncs\/bpf_demo_get\/"[^>]*><code[^>]*>bpf_demo_get\(\)<\/code><\/a> and must be checked against <code[^>]*>NULL<\/code>/);
    expect(html).toContain('Demos are &#x3C;b>not&#x3C;/b> shared.');
  });

  it('renders every document of the version it is given, with its title and docs.kernel.org page', () => {
    expect(guides.map((g) => [g.path, g.version, g.title])).toEqual([
      ['Documentation/bpf/demo.rst', '7.2', 'Demo kfuncs'],
      ['Documentation/bpf/other.rst', '7.2', 'Other things'],
    ]);
    expect(guide('demo').kernelOrgUrl).toBe('https://docs.kernel.org/bpf/demo.html');
  });

  it('lists the sections with a heading on the page (the title is the page\'s own)', () => {
    expect(guide('demo').sections).toEqual([
      { id: 'getting-a-demo', number: '1', title: 'Getting a demo', line: 11 },
      { id: 'every-demo-kfunc', number: '1.1', title: 'Every demo kfunc', line: 27 },
    ]);
    expect(guide('demo').headings.map((h) => [h.depth, h.slug])).toEqual([
      [2, 'getting-a-demo'],
      [3, 'every-demo-kfunc'],
    ]);
    expect(guide('demo').html).not.toContain('<h1');
  });

  it('resolves :ref: to the other guide\'s page and anchor', () => {
    expect(guide('demo').html).toContain('<a href="/docs/bpf/other/#other-label" class="reference internal">1. Other section</a>');
  });

  it('links only the names that are kfuncs of that version', () => {
    expect(guide('demo').html).toMatch(/<a href="\/kfuncs\/bpf_demo_get\/"[^>]*><code[^>]*>bpf_demo_get\(\)<\/code><\/a>/);
    expect(guide('demo').html).not.toContain('/kfuncs/bpf_demo_old/');
  });

  it('expands kernel-doc directives from the graph: named identifiers, a whole file, never a DOC: block', () => {
    const html = guide('demo').html;
    const lists = [...html.matchAll(/<dl class="kernel-doc">(.*?)<\/dl>/gs)].map((m) => [...m[1].matchAll(/<dt id="([^"]*)"|<dt>/g)].length);
    expect(lists).toEqual([1, 2]);
    expect(html).toContain('<dt id="c.bpf_demo_get"><a href="/kfuncs/bpf_demo_get/" class="reference kfunc">');
    expect(html).toContain('<strong>Parameters</strong>');
    expect(html).toContain('Drop a demo &#x3C;script>x&#x3C;/script>');
    expect(html).not.toContain('<script>');
  });

  it('makes code blocks and tables reachable by keyboard (a long line scrolls), and names footnotes', () => {
    const html = guide('demo').html;
    const scrolling = [...html.matchAll(/<pre[^>]*>|<div class="table-wrapper"[^>]*>/g)].map((m) => m[0]);
    expect(scrolling.filter((t) => t.startsWith('<div'))).toHaveLength(1);
    expect(scrolling.length).toBeGreaterThan(1);
    for (const tag of scrolling) expect(tag).toContain('tabindex="0"');
    expect(html).toMatch(/<aside class="footnote" id="footnote-1" role="doc-footnote" aria-label="Footnote 1">/);
  });

  it('sends relative links of the rst to the source browser or docs.kernel.org, never to a page of ours that does not exist', () => {
    const html = guide('demo').html;
    expect(html).toContain('<a href="src:include/linux/btf.h" class="reference external">btf.h</a>');
    expect(html).toContain('<a href="https://docs.kernel.org/bpf/gone.html#rest" class="reference external">a moved page</a>');
    expect(html).toContain('<a href="https://example.org/x" class="reference external">the web</a>');
  });
});

describe('absoluteUrl', () => {
  const source = (file: string) => `src:${file}`;
  it('resolves against the document, leaves absolute URLs and fragments alone', () => {
    expect(absoluteUrl('Documentation/bpf/x.rst', '../../tools/lib/bpf/libbpf.h', source)).toBe('src:tools/lib/bpf/libbpf.h');
    expect(absoluteUrl('Documentation/bpf/libbpf/x.rst', '../btf.html', source)).toBe('https://docs.kernel.org/bpf/btf.html');
    expect(absoluteUrl('Documentation/bpf/x.rst', '../../../outside', source)).toBe('https://docs.kernel.org/outside');
    for (const url of ['https://a.org/', '/docs/bpf/x/', '#id', 'mailto:bpf@vger.kernel.org', '']) expect(absoluteUrl('Documentation/bpf/x.rst', url, source)).toBeUndefined();
  });
});

describe('kernelDocBody', () => {
  it('puts parameters, description, sections and Return in docs.kernel.org\'s order', () => {
    const body = kernelDocBody({
      params: [{ name: 'p', description: 'The task,\n  one line.' }],
      description: 'Longer text.',
      sections: [{ name: 'Context', text: 'Any context.' }],
      returns: '%NULL.',
    });
    expect(body).toBe('**Parameters**\n\n- @p: The task, one line.\n\n**Description**\n\nLonger text.\n\n**Context**\n\nAny context.\n\n**Return**\n\n%NULL.');
    expect(kernelDocBody({ params: [], description: ' ', sections: [], returns: null })).toBe('');
  });
});
