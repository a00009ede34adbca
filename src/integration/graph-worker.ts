/**
 * Builds the graph in a child process and writes it as JSON, with the rendered guides of the
 * newest version and the rendered notes beside it, so that `kfuncdoc build` hands Astro finished
 * data: the pipeline's memory (rst trees, C facts) goes back to the system before Astro's build
 * starts (a worker thread's does not), and the two peaks do not add up.
 */
import { writeFile } from 'node:fs/promises';
import { cacheDir } from '../sources/cache-dir.ts';
import { deferCacheWrites } from '../sources/json-cache.ts';
import { buildSiteInput, renderedContentJson } from '../pipeline/build-site-input.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { sendToParent, type WorkerMessage } from './fork-worker.ts';
import { guideHrefs } from './guide-hrefs.ts';

export interface GraphWorkerInput {
  /** Kernel specs with directories already resolved. */
  kernels: string[];
  out: string;
  /** Where the rendered guides and notes go (RenderedContent as JSON). */
  guidesOut: string;
  /** The site's config: the guides' links carry its base and source links. */
  config: SiteConfig;
  /** The content directory whose kfunc notes join the graph. */
  content?: string;
}

const send = (m: WorkerMessage) => sendToParent(m);
// The graph goes to Astro first; the caches are written after, while Astro starts.
const writeCaches = deferCacheWrites();
try {
  const options = JSON.parse(process.argv[2] ?? '{}') as GraphWorkerInput;
  // The same caches as the CLI: a rebuild after an edit reads and parses only what changed.
  const input = await buildSiteInput({
    kernels: options.kernels,
    content: options.content,
    cacheDir: process.env.KFUNCDOC_NO_CACHE ? undefined : cacheDir(),
    hrefs: (g) => guideHrefs(options.config, g),
    progress: (message) => send({ progress: message }),
  });
  await writeFile(options.out, JSON.stringify(input.graph));
  await writeFile(options.guidesOut, renderedContentJson(input));
  await send({ done: true });
  writeCaches();
} catch (e) {
  // The parent rethrows it as one line: an unreadable tree is input, not a crash.
  await send({ error: e instanceof Error ? e.message : String(e) });
  process.exitCode = 1;
}
