/** axe-core on each main page type, light and dark: zero violations, every rule axe runs by default. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Check, type CheckContext, type Site } from '../check.ts';
import { anyGuidePath } from '../guide-pages.ts';
import { kfuncsWithFlag, newestVersion, pickKfunc } from '../graph-queries.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

interface PageType {
  label: string;
  /** A site path, or how to find one (the guides are reached from /docs/). */
  path: string | ((t: CheckContext) => Promise<string>);
}

/** One violation in a line: rule, impact, how many nodes, the first node and why it fails. */
function describe(v: Violation): string {
  const node = v.nodes[0];
  const why = node?.any[0]?.message ?? node?.all[0]?.message ?? node?.none[0]?.message ?? '';
  return `${v.id} (${v.impact}, ${v.nodes.length} nodes) at ${node?.target.join(' ')}: ${why || v.help}`;
}

function pageTypes(site: Site, kfuncs: string[]): PageType[] {
  const graph = site.graph;
  const flag = ['KF_ACQUIRE', ...graph.flags.map((f) => f.name)].find((f) => kfuncsWithFlag(graph, f).length > 0) ?? graph.flags[0]?.name;
  return [
    { label: 'overview', path: '/' },
    { label: 'kfunc index', path: '/kfuncs/' },
    ...kfuncs.map((name) => ({ label: `kfunc page ${name}`, path: `/kfuncs/${name}/` })),
    { label: `flag page ${flag}`, path: `/flags/${flag}/` },
    { label: `version page ${newestVersion(graph)}`, path: `/versions/${newestVersion(graph)}/` },
    { label: 'deprecations', path: '/deprecations/' },
    { label: 'checks', path: '/checks/' },
    { label: 'guide page', path: anyGuidePath },
  ];
}

/** @param kfuncs kfunc pages to scan: pick a deprecated one (notice, timeline events) and a current one. */
export function a11yChecks(site: Site, kfuncs: string[]): Check[] {
  const newest = newestVersion(site.graph);
  const current = pickKfunc(site.graph, kfuncs.slice(1), (k) => !k.testOnly && Boolean(k.versions[newest])).name;
  const pages = pageTypes(site, [...new Set([kfuncs[0], current].filter(Boolean))]);
  return pages.flatMap((p) =>
    (['light', 'dark'] as const).map((scheme) => ({
      name: `axe, ${scheme}: ${p.label}`,
      timeoutMs: 120_000,
      async run(t: CheckContext) {
        const sitePath = typeof p.path === 'string' ? p.path : await p.path(t);
        // Starlight's default theme is "auto": it follows the colour scheme the browser reports.
        await t.page.emulateMedia({ colorScheme: scheme });
        await t.open(sitePath);
        const theme = await t.page.evaluate(() => document.documentElement.dataset.theme);
        expect(theme === scheme, `${sitePath}: data-theme is "${theme}" with prefers-color-scheme: ${scheme}`);
        const { violations } = await new AxeBuilder({ page: t.page }).analyze();
        await t.screenshot(`axe-${scheme}-${p.label.replace(/[^\w.-]+/g, '-')}`);
        expect(!violations.length, `${sitePath}: ${violations.length} axe violations: ${violations.map(describe).join('; ')}`);
      },
    })),
  );
}
