/**
 * The embedded sample site as `kfuncdoc build` writes it: the short permalinks redirect, patches
 * are linked both ways, every internal link resolves, and the URLs `kfuncdoc links` prints for the
 * sample's patch are pages (and anchors) the site has.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorsOf, checkLinks, readSite, type Site } from './link-check.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE_PATCH = 'content/patches/20260105-sample-deprecate-comm-match.eml';
const PATCH_PAGE = '/patches/20260105.sample.1-at-example.org/';

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/run.ts', ...args], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`kfuncdoc ${args[0]} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

let tmp: string;
let site: Site;
const html = (sitePath: string) => {
  const page = site.pages.get(`${sitePath}index.html`);
  if (page === undefined) throw new Error(`no page ${sitePath}`);
  return page;
};
/** The text of a page's <main>, tags dropped, spaces collapsed. */
const text = (sitePath: string) => {
  const page = html(sitePath);
  const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
  return main.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
};

describe('the sample site', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-sample-site-'));
    await run(['build', '--out', path.join(tmp, 'site')]);
    site = await readSite(path.join(tmp, 'site'));
  }, 300_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('resolves every internal link of every page', () => {
    expect(checkLinks(site)).toEqual([]);
  });

  it('serves /d/<name>/ as a redirect to the notice, the renamed page, or the flag', () => {
    const d = html('/d/bpf_sample_cpu_rq/');
    expect(d).toContain('<meta http-equiv="refresh" content="0; url=/kfuncs/bpf_sample_cpu_rq/#deprecation">');
    expect(d).toContain('<link rel="canonical" href="https://kfuncdoc.invalid/kfuncs/bpf_sample_cpu_rq/#deprecation">');
    expect(d).toContain('<a href="/kfuncs/bpf_sample_cpu_rq/#deprecation">the deprecation notice of bpf_sample_cpu_rq</a>');
    expect(anchorsOf(html('/kfuncs/bpf_sample_cpu_rq/'))).toContain('deprecation');
    expect(html('/d/KF_TRUSTED_ARGS/')).toContain('url=/flags/KF_TRUSTED_ARGS/');
    // A kfunc that is neither deprecated, renamed nor removed has none.
    expect(site.pages.has('/d/bpf_sample_task_acquire/index.html')).toBe(false);
  });

  it('shows a hand-written note rendered by our pipeline, its code highlighted as the guides\' is', () => {
    const page = html('/kfuncs/bpf_sample_map_sum/');
    expect(page).toContain('<h2 id="notes">Notes</h2><p>Sum the first entries of an array map');
    expect(page).toMatch(/<pre class="code-block" data-language="c" tabindex="0"><code class="hljs language-c"><span class="hljs-keyword">extern<\/span>/);
    // No second highlighter: Expressive Code is off.
    expect(page).not.toMatch(/class="expressive-code|ec-line/);
  });

  it('keeps the renamed kfunc pointing to its successor', () => {
    expect(text('/kfuncs/bpf_sample_dispatch/')).toContain('Renamed to bpf_sample_dsq_insert in 6.19');
    expect(html('/kfuncs/bpf_sample_dispatch/')).toContain('href="/kfuncs/bpf_sample_dsq_insert/"');
  });

  it('lists the patches, and what each touched, both ways', () => {
    expect(text('/patches/')).toMatch(/\[PATCH bpf-next\] bpf: sample: deprecate bpf_sample_comm_match\(\) Ada Sample 2026-01-05 <20260105\.sample\.1@example\.org>/);
    expect(html('/patches/')).toContain(`href="${PATCH_PAGE}"`);
    expect(html('/patches/')).toContain('href="https://lore.kernel.org/r/20260105.sample.1@example.org"');
    const page = text(PATCH_PAGE);
    expect(page).toContain('deprecates the kfunc bpf_sample_comm_match');
    expect(page).toContain('kernel/bpf/sample_kfuncs.c');
    const kfunc = html('/kfuncs/bpf_sample_comm_match/');
    expect(kfunc).toContain(`href="${PATCH_PAGE}"`);
    expect(text('/kfuncs/bpf_sample_comm_match/')).toContain('Deprecated by the patch [PATCH bpf-next] bpf: sample: deprecate bpf_sample_comm_match() (Ada Sample, 2026-01-05)');
    // One sidebar entry for the patches, on every page.
    expect(html('/versions/7.0/').match(/<a href="\/patches\/"[^>]*><span[^>]*>Patches<\/span>/g)).toHaveLength(1);
  });

  it('serves every URL `kfuncdoc links` prints for the sample patch', async () => {
    const out = await run(['links', SAMPLE_PATCH, '--kernel', 'sample/linux-7.0']);
    const urls = out.split('\n').filter((l) => l.startsWith('Link: ')).map((l) => new URL(l.slice(6)));
    expect(urls.map((u) => u.href)).toEqual(['https://kfuncdoc.invalid/kfuncs/bpf_sample_comm_match/#deprecation']);
    for (const url of urls) expect(anchorsOf(html(url.pathname))).toContain(url.hash.slice(1));
  }, 60_000);
});

describe('the sample site from a graph JSON and its guides (graph --guides, build --graph --guides)', () => {
  let fromGraph: Site;
  let fromTrees: Site;
  let dir: string;
  const main = (s: Site, sitePath: string) => {
    const page = s.pages.get(`${sitePath}index.html`) ?? '';
    return page.slice(page.indexOf('<main'), page.indexOf('</main>'));
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-graph-site-'));
    const kernels = ['sample/linux-6.18', 'sample/linux-6.19', 'sample/linux-7.0'].flatMap((k) => ['--kernel', k]);
    await run(['graph', ...kernels, '--out', path.join(dir, 'graph.json'), '--guides', path.join(dir, 'guides.json')]);
    await run(['build', '--graph', path.join(dir, 'graph.json'), '--guides', path.join(dir, 'guides.json'), '--out', path.join(dir, 'from-graph')]);
    fromGraph = await readSite(path.join(dir, 'from-graph'));
    // The site the first block built, from the same trees (the default configuration).
    fromTrees = site;
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has the same guide pages as a build from the trees', () => {
    const guides = (s: Site) => [...s.pages.keys()].filter((p) => p.startsWith('/docs/')).sort();
    expect(guides(fromGraph)).toEqual(guides(fromTrees));
    expect(guides(fromGraph)).toContain('/docs/bpf/kfuncs/index.html');
    expect(main(fromGraph, '/docs/bpf/kfuncs/')).toBe(main(fromTrees, '/docs/bpf/kfuncs/'));
    expect(checkLinks(fromGraph)).toEqual([]);
  });

  it('has the notes the guides file carries, as a build from the trees does', () => {
    expect(main(fromGraph, '/kfuncs/bpf_sample_map_sum/')).toContain('<h2 id="notes">Notes</h2>');
    expect(main(fromGraph, '/kfuncs/bpf_sample_map_sum/')).toBe(main(fromTrees, '/kfuncs/bpf_sample_map_sum/'));
    expect(main(fromGraph, '/deprecations/')).toBe(main(fromTrees, '/deprecations/'));
  });
});

