/**
 * The patched site of `kfuncdoc preview --serve` (the embedded sample and a patch that renumbers
 * a section of its kfuncs.rst) as a reader meets it: /preview/ loads once and names the patch,
 * its link to a renumbered section lands on the marked heading, and axe finds nothing on either
 * page, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, type Check, type CheckContext } from '../check.ts';

const SUBJECT = '[PATCH bpf-next v2] bpf, docs: sample: document argument checks';
const RENUMBERED = '/docs/bpf/kfuncs/#bpf-kfunc-argument-checks';

/** How many times the page fires `load` while `action` runs and a moment after (a reload would add one). */
async function loadsDuring(page: Page, action: () => Promise<unknown>): Promise<number> {
  let loads = 0;
  const count = () => loads++;
  page.on('load', count);
  await action();
  await page.waitForTimeout(1000);
  page.off('load', count);
  return loads;
}

export function previewChecks(): Check[] {
  return [
    {
      name: '/preview/ loads once, names the patch, and its link lands on the marked section',
      async run(t: CheckContext) {
        const consoleErrors: string[] = [];
        t.page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
        const loads = await loadsDuring(t.page, () => t.open('/preview/'));
        expect(loads === 1, `/preview/ fired load ${loads} times (a reload after the first load)`);
        const banner = t.page.locator('.kd-preview-banner');
        expect(await banner.isVisible(), 'no visible banner naming the patch');
        expect((await banner.innerText()).includes(SUBJECT), `the banner does not name "${SUBJECT}"`);
        const link = t.page.locator(`.kd-report a[href="${RENUMBERED}"]`).first();
        expect((await link.count()) === 1, `no link to ${RENUMBERED} in the report`);
        await Promise.all([t.page.waitForURL(`**${RENUMBERED}`), link.click()]);
        const heading = t.page.locator('[id="bpf-kfunc-argument-checks"] + :is(h2, h3, h4), :is(h2, h3, h4)[id="bpf-kfunc-argument-checks"]').first();
        expect(await heading.isVisible(), 'the renumbered section heading is not visible');
        const mark = await heading.evaluate((h) => ({ outline: getComputedStyle(h).outlineStyle, after: getComputedStyle(h, '::after').content, text: h.textContent ?? '' }));
        expect(mark.outline === 'solid', `the renumbered heading is not outlined (outline-style ${mark.outline})`);
        expect(mark.after.includes('changed by the patch'), `the renumbered heading does not say it changed (::after ${mark.after})`);
        expect(/2\.3\s*Checking arguments/.test(mark.text), `the link landed on another heading: ${mark.text}`);
        await t.screenshot('preview-marked-section');
        expect(consoleErrors.length === 0, `console errors: ${consoleErrors.slice(0, 3).join('; ')}`);
        t.note(`heading: ${mark.text.trim()}`);
      },
    },
    ...(['/preview/', '/docs/bpf/kfuncs/'] as const).flatMap((sitePath) =>
      (['light', 'dark'] as const).map((scheme) => ({
        name: `axe, ${scheme}: ${sitePath} of the patched site`,
        timeoutMs: 120_000,
        async run(t: CheckContext) {
          await t.page.emulateMedia({ colorScheme: scheme });
          await t.open(sitePath);
          const { violations } = await new AxeBuilder({ page: t.page }).analyze();
          await t.screenshot(`axe-${scheme}-${sitePath.replace(/[^\w.-]+/g, '-')}`);
          expect(!violations.length, `${sitePath}: ${violations.length} axe violations: ${violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes[0]?.target.join(' ')}`).join('; ')}`);
        },
      })),
    ),
  ];
}
