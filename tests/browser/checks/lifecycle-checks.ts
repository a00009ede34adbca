/**
 * What the issue says the lifecycle pages must show: a kfunc deprecated then removed, a rename,
 * a lost flag on a timeline, and a flag that is documented but never defined.
 */
import { expect, type Check, type Site } from '../check.ts';
import { findKfunc, kfuncThatLostFlag } from '../graph-queries.ts';
import { readTimeline, timelineProblems } from '../timeline.ts';

export interface LifecycleExpectations {
  /** Deprecated in one version, removed in a later one (7.2 / 7.3 for scx_bpf_cpu_rq). */
  deprecated: { name: string; deprecatedIn: string; removedIn: string };
  renamed: { from: string; to: string };
  /** A flag some kfuncs lost; the check picks one of them (the preferred ones first). */
  lostFlag: { flag: string; preferred: string[] };
  /** A flag the guide documents that btf.h never defines. */
  undefinedFlag: string;
}

export function lifecycleChecks(site: Site, e: LifecycleExpectations): Check[] {
  const { name, deprecatedIn, removedIn } = e.deprecated;
  return [
    {
      name: `${name} shows its timeline: deprecated in ${deprecatedIn}, removed in ${removedIn}, with evidence`,
      async run(t) {
        await t.open(`/kfuncs/${name}/`);
        const cells = await readTimeline(t.page);
        const at = (v: string) => cells.find((c) => c.version === v);
        const deprecated = at(deprecatedIn);
        expect(deprecated && /deprecated/i.test(deprecated.text), `/kfuncs/${name}/: the ${deprecatedIn} column does not say deprecated: "${deprecated?.text}"`);
        expect(deprecated.links.some((l) => /:\d+$/.test(l.text)), `/kfuncs/${name}/: the deprecation in ${deprecatedIn} shows no file:line evidence`);
        const removed = at(removedIn);
        expect(removed && /removed/i.test(removed.text) && /absent/.test(removed.text), `/kfuncs/${name}/: the ${removedIn} column does not say absent and removed: "${removed?.text}"`);
        const problems = timelineProblems(cells, findKfunc(site.graph, name), site.graph.versions);
        expect(!problems.length, `/kfuncs/${name}/ timeline vs graph.json: ${problems.join('; ')}`);
        const badge = await t.page.locator('main .kd-lead').first().textContent();
        expect(badge?.includes(`removed in ${removedIn}`), `/kfuncs/${name}/: the lead says "${badge?.trim()}", expected "removed in ${removedIn}"`);
        await t.screenshot(`timeline-${name}`, t.page.locator('main table.kd-timeline'));
        // The notice has a permanent anchor that a mail can cite.
        // A fresh page: the same URL with a hash would only scroll, not load.
        const cited = await t.open(`/kfuncs/${name}/#deprecation`, await t.newPage());
        const notice = cited.locator('#deprecation');
        expect((await notice.count()) === 1, `/kfuncs/${name}/#deprecation: no element with id "deprecation"`);
        expect(/deprecated since/i.test((await notice.textContent()) ?? ''), `/kfuncs/${name}/#deprecation does not say "Deprecated since"`);
        expect(await notice.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight), `/kfuncs/${name}/#deprecation is not scrolled into view`);
      },
    },
    {
      name: `${e.renamed.from} says "renamed to ${e.renamed.to}" and links it`,
      async run(t) {
        const { from, to } = e.renamed;
        await t.open(`/kfuncs/${from}/`);
        const main = t.page.locator('main');
        const text = (await main.innerText()).replace(/\s+/g, ' ');
        expect(new RegExp(`renamed to ${to}\\b`, 'i').test(text), `/kfuncs/${from}/ does not say "renamed to ${to}"`);
        const link = main.locator('.kd-callout').getByRole('link', { name: to, exact: true }).first();
        expect(await link.isVisible(), `/kfuncs/${from}/: the rename notice does not link ${to}`);
        await t.screenshot(`renamed-${from}`);
        await link.click();
        await t.page.waitForURL(`**/kfuncs/${to}/`);
        const h1 = (await t.page.locator('h1').first().textContent())?.trim();
        expect(h1 === to, `the link led to ${t.page.url()} (h1 "${h1}")`);
        const formerly = (await t.page.locator('main').innerText()).replace(/\s+/g, ' ');
        expect(formerly.includes(`Formerly ${from}`), `/kfuncs/${to}/ does not say "Formerly ${from}"`);
      },
    },
    {
      name: `a kfunc that lost ${e.lostFlag.flag} shows that change on its timeline`,
      async run(t) {
        const lost = kfuncThatLostFlag(site.graph, e.lostFlag.flag, e.lostFlag.preferred);
        expect(lost, `graph.json: no kfunc has a flags-changed event removing ${e.lostFlag.flag}`);
        const path = `/kfuncs/${lost.kfunc.name}/`;
        await t.open(path);
        const cells = await readTimeline(t.page);
        const index = cells.findIndex((c) => c.version === lost.version);
        const cell = cells[index];
        const flag = e.lostFlag.flag;
        expect(cell, `${path}: no ${lost.version} column`);
        const removal = new RegExp(`[−-]\\s*${flag}|${flag}\\W+(removed|dropped|lost)`);
        expect(removal.test(cell.text), `${path}: the ${lost.version} column does not show ${flag} removed: "${cell.text.replace(/\s+/g, ' ')}"`);
        expect(index > 0 && cells[index - 1].text.includes(flag), `${path}: the column before ${lost.version} does not list ${flag}`);
        const problems = timelineProblems(cells, lost.kfunc, site.graph.versions);
        expect(!problems.length, `${path} timeline vs graph.json: ${problems.join('; ')}`);
        await t.screenshot(`lost-flag-${lost.kfunc.name}`, t.page.locator('main table.kd-timeline'));
        t.note(`${lost.kfunc.name} lost ${flag} in ${lost.version}`);
      },
    },
    {
      name: `/flags/${e.undefinedFlag}/ says it is documented but not defined`,
      async run(t) {
        await t.open(`/flags/${e.undefinedFlag}/`);
        const text = (await t.page.locator('main').innerText()).replace(/\s+/g, ' ');
        expect(/\bdocumented\b[^.]*\bnot defined\b/i.test(text), `/flags/${e.undefinedFlag}/ does not say documented but not defined; it starts "${text.slice(0, 200)}"`);
        const cells = await t.page.locator('main table').first().locator('tbody tr td:nth-child(2)').allInnerTexts();
        const defined = cells.filter((c) => !/not defined/i.test(c));
        expect(cells.length > 0 && !defined.length, `/flags/${e.undefinedFlag}/: the definition table shows values ${JSON.stringify(defined)}`);
        await t.screenshot(`flag-${e.undefinedFlag}`);
      },
    },
  ];
}
