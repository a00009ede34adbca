/** Runs checks one at a time against a served site, each with fresh pages and a time bound. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SkipCheck, type Check, type CheckContext, type Site } from './check.ts';

export interface CheckResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  reason?: string;
  notes: string[];
  milliseconds: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Playwright's messages carry a call log over many lines; the first lines say what failed. */
function firstLines(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').filter((l) => l.trim()).slice(0, 4).join(' | ');
}

async function runOne(check: Check, site: Site, browser: BrowserContext, artifacts: string): Promise<CheckResult> {
  const started = performance.now();
  const pages: Page[] = [];
  const notes: string[] = [];
  const pageErrors: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage();
    pages.push(page);
    // An uncaught script error is a site bug a user would meet; report it with the check.
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  };
  const t: CheckContext = {
    site,
    browser,
    // Set before the check runs, inside its time bound (opening a page can hang too).
    page: undefined as unknown as Page,
    newPage,
    async open(sitePath, page = t.page) {
      const response = await page.goto(site.url + sitePath, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`GET ${sitePath}: HTTP ${response?.status() ?? 'no response'}`);
      return page;
    },
    async screenshot(name, target = t.page) {
      const file = path.join(artifacts, `${site.name}-${name}.png`);
      await (target as Page | Locator).screenshot({ path: file, timeout: 15_000 });
    },
    note: (message) => notes.push(message),
  };
  try {
    const run = async () => {
      t.page = await newPage();
      await check.run(t);
    };
    await withTimeout(run(), check.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (pageErrors.length) throw new Error(`uncaught script error: ${pageErrors.slice(0, 3).join('; ')}`);
    return { name: check.name, status: 'passed', notes, milliseconds: performance.now() - started };
  } catch (error) {
    const status = error instanceof SkipCheck ? 'skipped' : 'failed';
    return { name: check.name, status, reason: firstLines(error), notes, milliseconds: performance.now() - started };
  } finally {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  }
}

/** Runs each check in order, calling `report` as each ends; a failing check never stops the rest. */
export async function runChecks(
  checks: Check[],
  site: Site,
  browser: BrowserContext,
  artifacts: string,
  report: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  await mkdir(artifacts, { recursive: true });
  const results: CheckResult[] = [];
  for (const check of checks) {
    const result = await runOne({ ...check, name: `${site.name}: ${check.name}` }, site, browser, artifacts);
    results.push(result);
    report(result);
  }
  return results;
}
