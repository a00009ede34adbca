/** Starlight's search dialog (Pagefind, served with the site, no network): find a kfunc, land on its page. */
import { expect, type Check, type Site } from '../check.ts';
import { newestVersion, pickKfunc } from '../graph-queries.ts';

export function searchChecks(site: Site, preferred: string[]): Check[] {
  const newest = newestVersion(site.graph);
  const { name } = pickKfunc(site.graph, preferred, (k) => !k.testOnly && Boolean(k.versions[newest]));
  return [
    {
      name: `search for ${name} lands on its page`,
      async run(t) {
        await t.open('/');
        // Starlight's search button (the overview's no-script form has a "Search" button too).
        const button = t.page.locator('button[data-open-modal]');
        await button.click();
        const dialog = t.page.getByRole('dialog', { name: 'Search' });
        await dialog.waitFor({ state: 'visible' });
        // Pagefind's UI loads on first open; its input appears once it has.
        const input = dialog.locator('input').first();
        await input.waitFor({ state: 'visible' });
        await input.fill(name);
        const results = dialog.locator('a.pagefind-ui__result-link');
        await results.first().waitFor({ state: 'visible', timeout: 15_000 });
        const target = dialog.locator(`a.pagefind-ui__result-link[href$="/kfuncs/${name}/"]`).first();
        await target.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
        const shown = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(await target.isVisible(), `no result links /kfuncs/${name}/; results: ${shown.slice(0, 5).join(', ') || 'none'}`);
        const rank = shown.findIndex((p) => p.endsWith(`/kfuncs/${name}/`)) + 1;
        expect(rank === 1, `/kfuncs/${name}/ is result ${rank} of ${shown.length}, after ${shown.slice(0, rank - 1).join(', ')}`);
        await t.screenshot(`search-${name}`);
        await target.click();
        await t.page.waitForURL(`**/kfuncs/${name}/`);
        const h1 = (await t.page.locator('h1').first().textContent())?.trim();
        expect(h1 === name, `landed on ${t.page.url()} with h1 "${h1}"`);
      },
    },
  ];
}
