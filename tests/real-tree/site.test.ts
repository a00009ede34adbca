/**
 * The site built from the real 6.1, 6.12, 7.2 and 7.3 trees: every internal link of every page
 * resolves to a file and an anchor, and the rendered kfuncs.rst links each `:ref:` to the anchor
 * the graph resolved it to. Skips when the trees are absent. KFUNCDOC_REAL_SITE=DIR checks a site
 * built earlier (`npm run kfuncdoc -- build --kernel … --out DIR`) instead of building one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentGraph } from '../../src/graph/types.ts';
import { guideId } from '../../src/integration/guide-hrefs.ts';
import { sectionAnchor } from '../../src/integration/guide-sections.ts';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';
import { anchorsOf, checkLinks, readSite, type Site } from '../site/link-check.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const note = missingKernelsNote(KERNEL_VERSIONS);
if (note) console.warn(`${note} (tests/site/real-site.test.ts)`);

function build(out: string): Promise<string> {
  const kernels = KERNEL_VERSIONS.flatMap((v) => ['--kernel', kernelTreePath(v)!]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/run.ts', 'build', '--out', out, ...kernels], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(`kfuncdoc build exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

let dir: string;
let tmp: string | undefined;
let site: Site;
let graph: ContentGraph;
const html = (sitePath: string) => site.pages.get(`${sitePath}index.html`) ?? '';

describe.skipIf(note !== undefined)('the site built from the real trees', () => {
  beforeAll(async () => {
    const given = process.env.KFUNCDOC_REAL_SITE;
    if (given && existsSync(path.join(given, 'index.html'))) dir = given;
    else {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-real-site-'));
      dir = path.join(tmp, 'site');
      const started = performance.now();
      const output = await build(dir);
      console.log(`real-tree site: ${output.split('\n').at(-1)} (wall ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    site = await readSite(dir);
    graph = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(dir, 'graph.json'), 'utf8')) as ContentGraph;
  }, 900_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('has a page per kfunc and per guide of the newest version', () => {
    const newest = graph.versions.at(-1)!;
    const guides = graph.documents.filter((d) => d.version === newest);
    const kfuncPages = [...site.pages.keys()].filter((p) => /^\/kfuncs\/[^/]+\/index\.html$/.test(p));
    const guidePages = [...site.pages.keys()].filter((p) => p.startsWith('/docs/') && p !== '/docs/index.html');
    expect(kfuncPages.length).toBe(graph.kfuncs.length);
    expect(guidePages.sort()).toEqual(guides.map((d) => `/docs/${guideId(d.path)}/index.html`).sort());
    const index = html('/docs/');
    for (const d of guides) expect(index, d.path).toContain(`href="/docs/${guideId(d.path)}/"`);
    console.log(`real-tree site: ${site.pages.size} pages (${kfuncPages.length} kfuncs, ${guidePages.length} guides), ${site.files.size} files`);
  });

  it('shows the DOC: blocks that :doc: directives pull in (redirect.rst, map_cpumap.rst), as docs.kernel.org does', () => {
    const block = (page: string) => /<div class="kernel-doc kernel-doc-block">(.*?)<\/div>/s.exec(html(page))?.[1] ?? '';
    // net/core/filter.c "DOC: xdp redirect" and kernel/bpf/cpumap.c "DOC: cpu map".
    expect(block('/docs/bpf/redirect/')).toMatch(/XDP_REDIRECT/);
    expect(block('/docs/bpf/map_cpumap/')).toMatch(/The .cpumap. is primarily used as a backend map for XDP BPF helper/);
  });

  it('lists every kfunc page in the sitemap, and no /d/ redirect page (they say noindex)', async () => {
    const xml = await (await import('node:fs/promises')).readFile(path.join(dir, 'sitemap-0.xml'), 'utf8');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(urls.filter((u) => u.startsWith('/d/'))).toEqual([]);
    expect(urls.filter((u) => /^\/kfuncs\/[^/]+\/$/.test(u)).length).toBe(graph.kfuncs.length);
    expect(html('/d/scx_bpf_cpu_rq/')).toContain('noindex');
  });

  it('resolves every internal link of every page to a file and an anchor', () => {
    expect(checkLinks(site)).toEqual([]);
  });

  it('links every :ref: of kfuncs.rst to the page and anchor the graph resolved it to', () => {
    const kfuncs = graph.documents.find((d) => d.version === graph.versions.at(-1) && d.path === 'Documentation/bpf/kfuncs.rst')!;
    const page = html('/docs/bpf/kfuncs/');
    const links = new Set(Array.from(page.matchAll(/<a href="([^"]*)" class="reference internal">/g), (m) => m[1]));
    const refs = kfuncs.references.filter((r) => r.role === 'ref');
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref.resolved, ref.target).not.toBeNull();
      const href = `/docs/${guideId(ref.resolved!.path)}/#${ref.resolved!.anchor}`;
      expect(links, ref.target).toContain(href);
      expect(anchorsOf(html(`/docs/${guideId(ref.resolved!.path)}/`)), href).toContain(ref.resolved!.anchor);
    }
    expect(page).not.toContain('unresolved');
  });

  it('gives every section of kfuncs.rst a permalink, and links the page on docs.kernel.org', () => {
    const page = html('/docs/bpf/kfuncs/');
    const kfuncs = graph.documents.find((d) => d.version === graph.versions.at(-1) && d.path === 'Documentation/bpf/kfuncs.rst')!;
    const permalinks = new Set(Array.from(page.matchAll(/<a class="headerlink" href="#([^"]*)"/g), (m) => m[1]));
    // A section whose title id a label took (`id1`) has the label's permalink, as on docs.kernel.org.
    for (const s of kfuncs.sections.slice(1)) expect(permalinks, s.id).toContain(sectionAnchor(s));
    expect(permalinks.size).toBe(kfuncs.sections.length - 1);
    expect(page).toContain('href="https://docs.kernel.org/bpf/kfuncs.html"');
  });
});
