/**
 * Untrusted text stays text: the sample's kernel-doc carries `<script>alert(1)</script>`
 * (bpf_sample_comm_match), which must show on the page and never run.
 */
import type { ConsoleMessage, Dialog } from 'playwright-core';
import { expect, type Check, type Site } from '../check.ts';
import { findKfunc, latestVersion } from '../graph-queries.ts';

/** The first `<script>…</script>` in the kfunc's kernel-doc, as written in the source. */
function scriptInKernelDoc(site: Site, name: string): string | undefined {
  const doc = latestVersion(site.graph, findKfunc(site.graph, name)).doc;
  const texts = [doc?.summary, doc?.description, doc?.returns, ...(doc?.params.map((p) => p.description) ?? [])];
  return texts.map((t) => t?.match(/<script\b[^]*?<\/script>/i)?.[0]).find(Boolean);
}

export function escapingChecks(site: Site, name: string): Check[] {
  return [
    {
      name: `the <script> in ${name}'s kernel-doc renders as text and does not run`,
      async run(t) {
        const script = scriptInKernelDoc(site, name);
        expect(script, `graph.json: ${name}'s kernel-doc has no <script> (the sample fixture changed?)`);
        const dialogs: string[] = [];
        const onDialog = (d: Dialog) => {
          dialogs.push(`${d.type()}: ${d.message()}`);
          void d.dismiss().catch(() => undefined);
        };
        const consoleLines: string[] = [];
        const onConsole = (m: ConsoleMessage) => consoleLines.push(m.text());
        t.page.on('dialog', onDialog);
        t.page.on('console', onConsole);
        // Anything the fixture's script could do that would be seen, whatever its payload.
        await t.page.addInitScript(() => {
          for (const name of ['alert', 'confirm', 'prompt'] as const) {
            const original = window[name].bind(window);
            (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
              console.log(`kd-hook: ${name}(${args.join(', ')})`);
              return (original as (...a: unknown[]) => unknown)(...args);
            };
          }
        });
        for (const path of [`/kfuncs/${name}/`, '/kfuncs/']) {
          await t.open(path);
          await t.page.waitForTimeout(300);
          const found = await t.page.evaluate((s) => ({
            text: document.querySelector('main')?.textContent?.includes(s) ?? false,
            scripts: [...document.querySelectorAll('script')].filter((el) => el.textContent?.includes(s.replace(/<\/?script[^>]*>/gi, ''))).length,
          }), script);
          expect(!dialogs.length, `${path}: the script ran, a dialog opened: ${dialogs.join('; ')}`);
          const hooked = consoleLines.filter((l) => l.startsWith('kd-hook:'));
          expect(!hooked.length, `${path}: the script ran: ${hooked.join('; ')}`);
          expect(!found.scripts, `${path}: ${found.scripts} <script> elements carry the kernel-doc's script`);
          if (path !== '/kfuncs/') expect(found.text, `${path}: the text "${script}" is not shown on the page`);
        }
        await t.open(`/kfuncs/${name}/`);
        await t.page.getByText(script, { exact: false }).first().scrollIntoViewIfNeeded();
        await t.screenshot(`escaped-script-${name}`);
      },
    },
  ];
}
