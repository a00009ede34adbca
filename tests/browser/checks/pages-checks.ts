/**
 * A page for every kfunc in the site's /graph.json, fetched over HTTP (hundreds of pages: a
 * browser adds nothing here); removed and renamed kfuncs keep theirs and say what happened.
 */
import { expect, type Check, type Site } from '../check.ts';
import { newestVersion } from '../graph-queries.ts';

const CONCURRENCY = 8;

/** Runs `fn` on every item, at most `limit` at a time. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param newestOutsideTools how many kfuncs the newest version registers outside tools/ (the
 *   issue's count for the real trees: 352 in 7.3), when the site is expected to have exactly that.
 */
export function pagesChecks(site: Site, newestOutsideTools?: number): Check[] {
  const graph = site.graph;
  const newest = newestVersion(graph);
  return [
    {
      name: 'every kfunc in /graph.json has its page',
      timeoutMs: 180_000,
      async run(t) {
        const inNewest = graph.kfuncs.filter((k) => k.versions[newest] && !k.versions[newest].file.startsWith('tools/'));
        if (newestOutsideTools !== undefined) {
          expect(inNewest.length === newestOutsideTools, `graph.json: ${inNewest.length} kfuncs of ${newest} registered outside tools/, expected ${newestOutsideTools}`);
        }
        const problems = await mapLimited(graph.kfuncs, CONCURRENCY, async (k) => {
          const path = `/kfuncs/${k.name}/`;
          const response = await fetch(site.url + path, { signal: AbortSignal.timeout(15_000) });
          if (!response.ok) return `${path}: HTTP ${response.status}`;
          const html = await response.text();
          if (!new RegExp(`<h1[^>]*>\\s*${escapeHtml(k.name)}\\s*</h1>`).test(html)) return `${path}: no <h1>${k.name}</h1>`;
          if (k.versions[newest]) return undefined;
          const renamed = k.lifecycle.filter((e) => e.kind === 'renamed').at(-1);
          if (renamed?.to) {
            if (!html.includes(`renamed to ${renamed.to}`) && !html.includes(`Renamed to <a`)) return `${path}: does not say it was renamed to ${renamed.to}`;
            if (!html.includes(`href="/kfuncs/${renamed.to}/"`)) return `${path}: does not link its successor ${renamed.to}`;
          } else if (!/removed in/i.test(html)) return `${path}: gone from ${newest} but does not say "removed in"`;
          return undefined;
        });
        const failed = problems.filter(Boolean);
        expect(!failed.length, `${failed.length} of ${graph.kfuncs.length} kfunc pages wrong: ${failed.slice(0, 5).join('; ')}`);
        const older = graph.kfuncs.filter((k) => !k.versions[newest]).length;
        t.note(`${graph.kfuncs.length} pages: ${inNewest.length} kfuncs of ${newest} outside tools/, ${graph.kfuncs.length - inNewest.length - older} under tools/, ${older} only in older versions`);
      },
    },
  ];
}
