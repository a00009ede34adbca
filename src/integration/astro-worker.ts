/**
 * Astro's build of the site, in a child process of `kfuncdoc build` with a capped heap: V8 sizes
 * its heap by the machine's memory and collects late, so in-process the build peaked near 1 GB
 * of which a fifth was garbage (the live heap stays under 200 MB for the four real trees).
 * It starts while the graph process still works: Astro's own start-up (~1 s on one core) runs
 * beside it, and the loaders wait for the parent's word that the graph is written.
 */
import { sendToParent, type WorkerMessage } from './fork-worker.ts';
import { startHandoff } from './preview-handoff.ts';

export interface AstroWorkerInput {
  root: string;
  outDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The graph and guides files are still being written: wait for `{ ready: true }` (the parent stops this process when there will be none). */
  awaitInput?: boolean;
}

/** From the parent, when `awaitInput`: the input files are written. */
export type ToAstroWorker = { ready: true };

const send = (m: WorkerMessage) => sendToParent(m);
try {
  const input = JSON.parse(process.argv[2] ?? '{}') as AstroWorkerInput;
  if (input.awaitInput) {
    const ready = new Promise<void>((resolve) => process.on('message', (m: ToAstroWorker) => m.ready && resolve()));
    const handoff = startHandoff(ready, { waitForInput: true });
    handoff.loaders = import('./graph-loader.ts');
  }
  const [{ build }, { kfuncdocAstroConfig }] = await Promise.all([import('astro'), import('./astro-config.ts')]);
  await build({ ...kfuncdocAstroConfig(), root: input.root, configFile: false, outDir: input.outDir, logLevel: input.logLevel, mode: 'production' });
  // Astro leaves services (esbuild, Pagefind) that would keep the process waiting.
  process.exit(0);
} catch (e) {
  // A bad config or graph file is reported by our loaders as SiteConfigError (by name: the
  // loaders run in Vite's module graph, with their own copy of the class).
  const error = e instanceof Error ? e : new Error(String(e));
  await send({ error: error.message, configError: error.name === 'SiteConfigError' });
  process.exit(1);
}
