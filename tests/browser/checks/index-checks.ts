/** The kfunc index: every kfunc listed, the flag filter, and opening a kfunc from it. */
import type { Locator, Page } from 'playwright-core';
import { expect, type Check, type Site } from '../check.ts';
import { kfuncsWithFlag, latestVersion } from '../graph-queries.ts';

/** The kfunc names shown (not hidden by a filter) in a table, as the user reads them. */
function visibleNames(table: Locator): Promise<string[]> {
  return table.evaluate((t) =>
    [...t.querySelectorAll('tbody tr')].filter((r) => (r as HTMLElement).checkVisibility()).map((r) => r.querySelector('td')?.textContent?.trim() ?? ''),
  );
}

const referenceTable = (page: Page) => page.getByRole('table', { name: 'Kfuncs', exact: true });
/** The filter's flag list (its accessible name is its label then the chosen option: "Flag any"). */
const flagSelect = (page: Page) => page.getByRole('combobox', { name: /^Flag\b/ });

/** A flag some but not all reference kfuncs carry, KF_ACQUIRE when it is one. */
function pickFlag(site: Site): { flag: string; names: string[] } {
  const total = site.graph.kfuncs.filter((k) => !k.testOnly).length;
  const flags = [...new Set(site.graph.kfuncs.flatMap((k) => latestVersion(site.graph, k).flags))].sort();
  const candidates = ['KF_ACQUIRE', ...flags].map((flag) => ({ flag, names: kfuncsWithFlag(site.graph, flag) }));
  const picked = candidates.find((c) => c.names.length > 0 && c.names.length < total);
  if (!picked) throw new Error('graph.json: no flag that only some kfuncs carry, nothing to filter by');
  return picked;
}

function sameSet(shown: string[], expected: string[]): string | undefined {
  const missing = expected.filter((n) => !shown.includes(n));
  const extra = shown.filter((n) => !expected.includes(n));
  if (!missing.length && !extra.length && shown.length === expected.length) return undefined;
  return `missing ${missing.length} [${missing.slice(0, 5).join(', ')}], unexpected ${extra.length} [${extra.slice(0, 5).join(', ')}]`;
}

export function indexChecks(site: Site): Check[] {
  const reference = site.graph.kfuncs.filter((k) => !k.testOnly).map((k) => k.name);
  const tests = site.graph.kfuncs.filter((k) => k.testOnly).map((k) => k.name);
  const { flag, names: withFlag } = pickFlag(site);
  return [
    {
      name: '/kfuncs/ lists every reference kfunc, test kfuncs apart',
      async run(t) {
        await t.open('/kfuncs/');
        const shown = await visibleNames(referenceTable(t.page));
        const diff = sameSet(shown, reference);
        expect(!diff, `/kfuncs/ table "Kfuncs" vs graph.json's ${reference.length} reference kfuncs: ${diff}`);
        if (tests.length) {
          const testTable = t.page.getByRole('table', { name: 'Test kfuncs', exact: true });
          const testDiff = sameSet(await visibleNames(testTable), tests);
          expect(!testDiff, `/kfuncs/ table "Test kfuncs" vs graph.json's ${tests.length} test kfuncs: ${testDiff}`);
        }
        t.note(`${shown.length} reference kfuncs, ${tests.length} test kfuncs listed apart`);
      },
    },
    {
      name: `/kfuncs/ filtered by ${flag} shows only kfuncs with ${flag}`,
      async run(t) {
        await t.open('/kfuncs/');
        const table = referenceTable(t.page);
        // The filter form is hidden until its script runs (the page works as a plain table without it).
        const select = flagSelect(t.page);
        await select.waitFor({ state: 'visible' });
        await select.selectOption(flag);
        await t.page.waitForFunction((n) => document.querySelectorAll('#kfuncs tbody tr:not([hidden])').length === n, withFlag.length, { timeout: 5_000 }).catch(() => undefined);
        const shown = await visibleNames(table);
        const diff = sameSet(shown, withFlag);
        expect(!diff, `after choosing Flag = ${flag}: ${diff} (graph.json: ${withFlag.length} kfuncs carry it)`);
        const flagCells = await table.evaluate((el) =>
          [...el.querySelectorAll('tbody tr')].filter((r) => (r as HTMLElement).checkVisibility()).map((r) => r.querySelectorAll('td')[2]?.textContent ?? ''),
        );
        const without = flagCells.filter((c) => !c.includes(flag));
        expect(!without.length, `${without.length} shown rows have no ${flag} in their Flags column`);
        const count = await t.page.locator('form[data-kd-filters] output').textContent();
        expect(count?.startsWith(`${withFlag.length} of`), `the count says "${count}", expected "${withFlag.length} of …"`);
        await t.screenshot(`index-filter-${flag}`);
        t.note(`${shown.length} of ${reference.length} shown`);
      },
    },
    {
      name: 'a kfunc opened from the filtered index shows its page',
      async run(t) {
        await t.open('/kfuncs/');
        const select = flagSelect(t.page);
        await select.waitFor({ state: 'visible' });
        await select.selectOption(flag);
        const name = [...withFlag].sort()[0];
        await referenceTable(t.page).getByRole('link', { name, exact: true }).click();
        await t.page.waitForURL(`**/kfuncs/${name}/`);
        const h1 = (await t.page.locator('h1').first().textContent())?.trim();
        expect(h1 === name, `the page opened from the index has h1 "${h1}", expected "${name}"`);
        const kfunc = site.graph.kfuncs.find((k) => k.name === name)!;
        const latest = latestVersion(site.graph, kfunc);
        const main = t.page.locator('main');
        if (latest.bpfDeclaration) {
          const text = await main.textContent();
          expect(text?.includes(latest.bpfDeclaration), `the page does not show the BPF declaration "${latest.bpfDeclaration}"`);
        }
        const flagLink = main.locator(`a[href$="/flags/${flag}/"]`).first();
        expect(await flagLink.isVisible(), `no visible link to /flags/${flag}/ on /kfuncs/${name}/`);
        await t.screenshot(`kfunc-${name}`);
      },
    },
  ];
}
