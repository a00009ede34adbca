/**
 * The browser suite (`npm run test:browser`): builds the sample site (and the real-tree site when
 * the trees are there), serves each on 127.0.0.1, and the sample patched by a patch through
 * `kfuncdoc preview --serve`, drives Debian's chromium through them, and prints `ok` /
 * `FAIL name: reason` per check and a final `N passed, N failed` line.
 *
 * KFUNCDOC_BROWSER_REAL=0 skips the real-tree site; KFUNCDOC_BROWSER_ONLY=text runs only the
 * checks whose name contains text.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ContentGraph } from '../../src/graph/types.ts';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';
import { buildSite, ROOT } from './build-site.ts';
import type { Check, Site } from './check.ts';
import { launchBrowser, type Browser } from './launch-browser.ts';
import { previewChecks } from './checks/preview-checks.ts';
import { startPreview } from './preview-server.ts';
import { formatResult, summaryLine } from './report.ts';
import { runChecks, type CheckResult } from './run-checks.ts';
import { realTreeChecks, sampleChecks } from './site-checks.ts';
import { serveStatic } from './static-server.ts';

const ARTIFACTS = path.join(ROOT, 'tests/browser/artifacts');
const only = process.env.KFUNCDOC_BROWSER_ONLY;

const results: CheckResult[] = [];
function record(result: CheckResult): void {
  results.push(result);
  console.log(formatResult(result));
}
const outcome = (name: string, status: CheckResult['status'], reason?: string, milliseconds = 0) => record({ name, status, reason, notes: [], milliseconds });

/** Builds, serves and checks one site; the server is closed whatever happens. */
async function checkSite(name: string, outDir: string, kernels: string[], browser: Browser, checksFor: (site: Site) => Check[]): Promise<void> {
  const started = performance.now();
  try {
    await buildSite(outDir, kernels);
  } catch (error) {
    outcome(`${name}: build the site`, 'failed', (error as Error).message);
    return;
  }
  outcome(`${name}: build the site`, 'passed', undefined, performance.now() - started);
  const server = await serveStatic(outDir);
  try {
    const response = await fetch(`${server.url}/graph.json`, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`GET /graph.json: HTTP ${response.status}`);
    const site: Site = { name, url: server.url, dir: outDir, graph: (await response.json()) as ContentGraph };
    const checks = checksFor(site).filter((c) => !only || `${name}: ${c.name}`.includes(only));
    await runChecks(checks, site, browser.context, ARTIFACTS, record);
  } catch (error) {
    outcome(`${name}: set up the checks`, 'failed', (error as Error).message.split('\n')[0]);
  } finally {
    await server.close();
  }
}

/** The sample patched by the renumbering fixture, served by `kfuncdoc preview --serve`. */
async function checkPreview(browser: Browser): Promise<void> {
  const name = 'preview';
  const checks = previewChecks().filter((c) => !only || `${name}: ${c.name}`.includes(only));
  if (!checks.length) return;
  const started = performance.now();
  let preview;
  try {
    preview = await startPreview(['tests/preview/fixtures/sample-renumber.eml', '--kernel', 'sample/linux-7.0']);
  } catch (error) {
    outcome(`${name}: serve the patched sample`, 'failed', (error as Error).message.split('\n')[0]);
    return;
  }
  outcome(`${name}: serve the patched sample`, 'passed', undefined, performance.now() - started);
  try {
    const site: Site = { name, url: preview.url, dir: '', graph: (await (await fetch(`${preview.url}/graph.json`)).json()) as ContentGraph };
    await runChecks(checks, site, browser.context, ARTIFACTS, record);
  } catch (error) {
    outcome(`${name}: set up the checks`, 'failed', (error as Error).message.split('\n')[0]);
  } finally {
    await preview.stop();
  }
}

/** Why the real-tree site is not checked, or undefined when it is. */
function realTreesSkipped(): string | undefined {
  if (process.env.KFUNCDOC_BROWSER_REAL === '0') return 'KFUNCDOC_BROWSER_REAL=0';
  return missingKernelsNote(KERNEL_VERSIONS);
}

async function main(): Promise<number> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-browser-'));
  let browser: Browser | undefined;
  try {
    try {
      browser = await launchBrowser();
    } catch (error) {
      outcome('launch chromium', 'failed', (error as Error).message.split('\n')[0]);
    }
    if (browser) await checkSite('sample', path.join(tmp, 'sample'), [], browser, sampleChecks);
    if (browser) await checkPreview(browser);
    const skipped = realTreesSkipped();
    if (!browser) {
      // Nothing to check without a browser; the launch failure above already fails the run.
    } else if (skipped) {
      console.log(`note: the real-tree site is not checked: ${skipped}`);
      outcome('real: site from the 6.1, 6.12, 7.2 and 7.3 trees', 'skipped', skipped);
    } else {
      const kernels = KERNEL_VERSIONS.map((v) => kernelTreePath(v)!);
      await checkSite('real', path.join(tmp, 'real'), kernels, browser, realTreeChecks);
    }
  } finally {
    await browser?.close();
    await rm(tmp, { recursive: true, force: true });
  }
  console.log(`screenshots: ${path.relative(process.cwd(), ARTIFACTS) || ARTIFACTS}`);
  console.log(summaryLine(results));
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.log(`FAIL browser suite: ${(error as Error).stack ?? error}`);
  console.log(summaryLine([...results, { status: 'failed' }]));
  return 1;
});
