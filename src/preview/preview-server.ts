/**
 * Starts the preview server's process (serve-worker.ts) and talks to it: "ready" when the input
 * files are written, the URL back once it serves them, and a clean stop (SIGTERM, then SIGKILL
 * after a grace period) that resolves when the process is gone. Light on imports: the CLI calls
 * it before loading the pipeline, so that Astro's start overlaps everything else.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { forkChild } from '../integration/fork-worker.ts';
import { GRAPH_ENV, GUIDES_ENV, PREVIEW_ENV } from '../integration/input-env.ts';
import type { FromServeWorker, ServeWorkerInput, ToServeWorker } from './serve-worker.ts';

export { runningAstroDev } from './running-astro-dev.ts';

/** How long a stopping server may take to close before it is killed. */
const STOP_GRACE_MS = 5000;

export interface ServeWorker {
  /** The input files are written: sync the content and report the URL. */
  ready(): void;
  /** Resolves with the server's URL (`http://127.0.0.1:PORT/`); rejects when the process fails or exits first. */
  url: Promise<string>;
  /** Resolves with the exit code when the process exits, for whatever reason. */
  exited: Promise<number>;
  /** Stops the server (if it still runs) and resolves when the process is gone. */
  stop(): Promise<void>;
}

export function startServeWorker(input: ServeWorkerInput, env: NodeJS.ProcessEnv): ServeWorker {
  const child = forkChild(new URL('./serve-worker.ts', import.meta.url), input, env);
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.on('error', () => resolve(1));
  });
  const url = new Promise<string>((resolve, reject) => {
    child.on('message', (m: FromServeWorker) => ('url' in m ? resolve(m.url) : reject(new Error(m.error))));
    void exited.then((code) => reject(new Error(`the preview server exited (code ${code}) before it served the site`)));
  });
  url.catch(() => {});
  const tell = (m: ToServeWorker) => {
    if (child.connected) child.send(m);
  };
  let stopped: Promise<void> | undefined;
  return {
    ready: () => tell({ ready: true }),
    url,
    exited,
    stop() {
      stopped ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        tell({ abort: 'stopped' });
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      })();
      return stopped;
    },
  };
}

export interface PreviewServer {
  worker: ServeWorker;
  /** The temporary directory of the input files. */
  dir: string;
  files: { graph: string; guides: string; report: string };
  /** The port asked for (undefined: Astro's 4321, or the next free one). */
  port?: number;
}

/**
 * The niceness this process takes once the server process is started. On two cores the two
 * compete, and the server is the one a first page waits for: its start-up and page modules take
 * ~2 s of CPU, while this process's preview and site input (~1 s) are needed only once Astro has
 * started. Lowering our priority rather than raising the server's, which needs a privilege. Measured on 7.2 with the seed patch: the first
 * patched pages ~0.2 s sooner (3.21 → 3.02 s, medians of 8).
 */
const PREVIEW_NICENESS = 10;

/** Lowers this process's priority (this thread's on Linux, and the threads it starts later); where it cannot, nothing changes. */
function yieldToServer(): void {
  try {
    os.setPriority(Math.max(os.getPriority(), PREVIEW_NICENESS));
  } catch {
    // Not permitted here: the server only starts a little later.
  }
}

/**
 * Starts the server process before anything else, so that Astro's start overlaps the preview.
 * @param root the project root (astro.config.mjs, content/)
 */
export function startPreviewServer(root: string, port: number | undefined, env: NodeJS.ProcessEnv): PreviewServer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kfuncdoc-preview-'));
  const files = { graph: path.join(dir, 'graph.json'), guides: path.join(dir, 'guides.json'), report: path.join(dir, 'report.json') };
  // Astro's dev server serves nothing when it believes it runs under Vitest (a test spawning us).
  const { VITEST: _underVitest, ...inherited } = env;
  const worker = startServeWorker(
    { root, port: port ?? 4321, strictPort: port !== undefined && port !== 0 },
    {
      ...inherited,
      [GRAPH_ENV]: files.graph,
      [GUIDES_ENV]: files.guides,
      [PREVIEW_ENV]: files.report,
      ASTRO_TELEMETRY_DISABLED: '1',
      // A dev server, whatever the caller's shell says (a test runner sets NODE_ENV=test).
      NODE_ENV: 'development',
    },
  );
  yieldToServer();
  return { worker, dir, files, port };
}

/** Stops the server process and removes the input directory; safe to call more than once. */
export async function closePreviewServer(server: PreviewServer): Promise<void> {
  await server.worker.stop();
  await rm(server.dir, { recursive: true, force: true });
}
