/**
 * Debian's chromium driven by playwright-core (no browser download), with the flags that work
 * headless on a CI machine without a GPU, a sandbox or network access (TOOLCHAIN.md).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KFUNCDOC_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** Closes the browser and removes its profile; safe to call twice. */
  close(): Promise<void>;
}

/** Launches chromium with a fresh profile in a temp dir; throws with a hint when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install it with \`apt-get install -y chromium\` (or set KFUNCDOC_CHROMIUM)`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      timeout: 60_000,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  let closed = false;
  return {
    context,
    async close() {
      if (closed) return;
      closed = true;
      // A hung browser must not hang the runner: give close a bound, then drop the profile anyway.
      await Promise.race([context.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      // Chromium may still be flushing its profile while it exits: retry rather than leave it.
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
    },
  };
}
