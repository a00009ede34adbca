/**
 * `kfuncdoc preview --serve` end to end, as a user runs it: spawn the CLI on the embedded sample,
 * wait for the URL, read /preview/ and the pages the patch changes, stop it with SIGINT, and
 * check that it exits 0 and leaves no temporary directory behind. Every wait is bounded and the
 * process is killed if the test fails half-way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePatch } from './helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PATCH = 'tests/preview/fixtures/sample-renumber.eml';
const URL_LINE = /Serving the patched site at (http:\/\/127\.0\.0\.1:\d+\/)preview\//;
/** Astro's start and a first page, on a busy 2-core machine, with room to spare. */
const START_TIMEOUT_MS = 60_000;

interface Served {
  child: ChildProcess;
  tmp: string;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: Served[] = [];

function serve(args: string[]): Served {
  // Its own TMPDIR: the preview's temporary directory is the only thing that appears there.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kfuncdoc-serve-test-'));
  const child = spawn(process.execPath, ['src/cli/run.ts', 'preview', ...args], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: tmp, KFUNCDOC_CACHE_DIR: path.join(tmp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d));
  child.stderr!.on('data', (d: Buffer) => (text += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const served = { child, tmp, output: () => text, exit };
  running.push(served);
  return served;
}

function waitFor<T>(what: string, served: Served, check: () => T | undefined, ms = START_TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const value = check();
      if (value !== undefined) {
        clearInterval(timer);
        resolve(value);
      } else if (served.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`exited (${served.child.exitCode}) before ${what}:\n${served.output()}`));
      }
    }, 50);
    setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`no ${what} after ${ms / 1000} s:\n${served.output()}`));
    }, ms);
  });
}

/** The page's HTML without the source annotations `astro dev` adds to every element. */
async function page(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  expect(response.status, url).toBe(200);
  return (await response.text()).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

/** Asserts without printing a whole page when it fails. */
function expectIn(html: string, wanted: string | RegExp, where: string): void {
  const found = typeof wanted === 'string' ? html.includes(wanted) : wanted.test(html);
  expect(found, `${where} lacks ${String(wanted)}`).toBe(true);
}

/** The process's exit; a failure ("`what` within N s", with its output) when it takes longer than `ms`. */
function exitWithin(served: Served, ms: number, what: string): Served['exit'] {
  return Promise.race([served.exit, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s:\n${served.output()}`)), ms))]);
}

const leftovers = (tmp: string) => readdirSync(tmp).filter((n) => n.startsWith('kfuncdoc-preview-'));

afterEach(async () => {
  for (const s of running.splice(0)) {
    if (s.child.exitCode === null && s.child.signalCode === null) {
      s.child.kill('SIGKILL');
      await s.exit;
    }
    rmSync(s.tmp, { recursive: true, force: true });
  }
});

describe('kfuncdoc preview --serve', () => {
  it('serves the patched sample site with a banner and /preview/, and stops cleanly on SIGINT', async () => {
    const started = performance.now();
    const s = serve([PATCH, '--kernel', 'sample/linux-7.0', '--serve', '--port', '0']);
    const base = await waitFor('URL line', s, () => URL_LINE.exec(s.output())?.[1]);
    expect(leftovers(s.tmp)).toHaveLength(1);

    const report = await page(`${base}preview/`);
    const firstPage = performance.now() - started;
    expectIn(report, 'kd-preview-banner', 'report');
    expectIn(report, '[PATCH bpf-next v2] bpf, docs: sample: document argument checks', 'report');
    expectIn(report, '&lt;20260106.renumber.2@example.org&gt;', 'report');
    expectIn(report, 'Sections renumbered', 'report');
    expectIn(report, '2.3 → 2.4', 'report');
    expectIn(report, 'href="/docs/bpf/kfuncs/#bpf-kfunc-argument-checks"', 'report');
    expectIn(report, /href="\/kfuncs\/bpf_sample_map_sum\/">changed bpf_sample_map_sum</, 'report');
    expectIn(report, 'flags: -KF_SLEEPABLE', 'report');

    const guide = await page(`${base}docs/bpf/kfuncs/`);
    expectIn(guide, 'kd-preview-banner', 'guide');
    expectIn(guide, /<span class="section-number">2\.3<\/span> Checking arguments/, 'guide');
    expectIn(guide, /<span class="section-number">2\.4<\/span> Registering a kfunc set/, 'guide');
    // The changed sections are marked on the page, and the banner says what changed here.
    expectIn(guide, '[id="bpf-kfunc-argument-checks"]', 'guide');
    expectIn(guide, 'Changed by the patch on this page: 1 section renumbered, 1 section added, 1 label added', 'guide');

    const kfunc = await page(`${base}kfuncs/bpf_sample_map_sum/`);
    expectIn(kfunc, 'Changed by the patch on this page: changed bpf_sample_map_sum; flags: -KF_SLEEPABLE', 'kfunc');
    expectIn(kfunc, 'flags: −KF_SLEEPABLE', 'kfunc');
    const changedPage = performance.now() - started;
    console.log(`preview --serve (sample): /preview/ answered ${(firstPage / 1000).toFixed(2)} s after spawn, the changed guide and kfunc pages by ${(changedPage / 1000).toFixed(2)} s`);

    s.child.kill('SIGINT');
    const exit = await exitWithin(s, 15_000, 'did not stop after SIGINT');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(leftovers(s.tmp)).toEqual([]);
    await expect(fetch(`${base}preview/`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow();
  }, 120_000);

  it('shows its own patch when another preview served before it (a content store left behind)', async () => {
    // The server once read Astro's content store before its own content was synced, and kept
    // what the previous preview had left in .astro.
    const stop = async (s: Served) => {
      s.child.kill('SIGINT');
      await exitWithin(s, 15_000, 'did not stop after SIGINT');
    };
    const first = serve([PATCH, '--kernel', 'sample/linux-7.0', '--serve', '--port', '0']);
    const firstBase = await waitFor('URL line', first, () => URL_LINE.exec(first.output())?.[1]);
    expectIn(await page(`${firstBase}preview/`), 'sample: document argument checks', 'first report');
    await stop(first);

    const patch = path.join(first.tmp, '618-619.patch');
    writeFileSync(patch, samplePatch('linux-6.18', 'linux-6.19'));
    const second = serve([patch, '--kernel', 'sample/linux-6.18', '--serve', '--port', '0']);
    const secondBase = await waitFor('URL line', second, () => URL_LINE.exec(second.output())?.[1]);
    const report = await page(`${secondBase}preview/`);
    expectIn(report, '2.2 → 2.3', 'second report');
    expect(report.includes('sample: document argument checks'), 'the second report shows the first patch').toBe(false);
    await stop(second);
  }, 120_000);

  it('gives the first browser a page that stays: no reload held for it, no dev toolbar', async () => {
    // With no content store, Astro's start-up writes one, and asks Vite to reload any page open:
    // Vite held that for the first browser to connect, which loaded the first page twice.
    rmSync(path.join(ROOT, '.astro', 'data-store.json'), { force: true });
    const s = serve([PATCH, '--kernel', 'sample/linux-7.0', '--serve', '--port', '0']);
    const base = await waitFor('URL line', s, () => URL_LINE.exec(s.output())?.[1]);
    const html = await page(`${base}preview/`);
    expect(html).toContain('/@vite/client');
    expect(html).not.toContain('dev-toolbar');
    // What the page's /@vite/client does next: connect to Vite's HMR socket.
    const messages: string[] = [];
    const socket = new WebSocket(base.replace(/^http/, 'ws'), 'vite-hmr');
    socket.addEventListener('message', (m) => messages.push(String(m.data)));
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('no HMR socket')), { once: true });
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    socket.close();
    expect(messages.map((m) => JSON.parse(m).type)).toEqual(['connected']);
    s.child.kill('SIGINT');
    await exitWithin(s, 15_000, 'did not stop after SIGINT');
  }, 120_000);

  it('exits 1 without serving when the patch does not apply, and removes its directory', async () => {
    const s = serve(['tests/preview/fixtures/widget.patch', '--kernel', 'sample/linux-7.0', '--serve', '--port', '0']);
    const exit = await exitWithin(s, 60_000, 'did not exit');
    expect(exit.code).toBe(1);
    expect(s.output()).not.toMatch(URL_LINE);
    expect(s.output()).toMatch(/does not apply|not found|no such file/i);
    expect(leftovers(s.tmp)).toEqual([]);
  }, 90_000);
});

describe('kfuncdoc preview --serve: the server started before the command loads', () => {
  it('is stopped when the command refuses its arguments: exit 2 at once, no directory left', async () => {
    // --serve and a valid port: the server process is forked before the command reads the rest.
    const s = serve(['--kernel', 'sample/linux-7.0', '--serve', '--port', '0']);
    const exit = await exitWithin(s, 20_000, 'did not exit');
    expect(exit.code).toBe(2);
    expect(s.output()).toMatch(/give the PATCH/);
    expect(s.output()).not.toMatch(URL_LINE);
    expect(leftovers(s.tmp)).toEqual([]);
  }, 30_000);
});
