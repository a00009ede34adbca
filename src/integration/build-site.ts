/**
 * Builds the static site for `kfuncdoc build` in two child processes: the pipeline writes the
 * graph and the rendered guides (graph-worker.ts) while Astro starts (astro-worker.ts), whose
 * loaders wait for them.
 * The kernels (or a graph JSON) reach the integration through the same `KFUNCDOC_*` variables
 * that `npm run build` and `astro dev` read, so every way in reads one configuration.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { AstroWorkerInput, ToAstroWorker } from './astro-worker.ts';
import { forkWorker } from './fork-worker.ts';
import { GUIDES_ENV, resolveKernelSpec } from './graph-source.ts';
import type { GraphWorkerInput } from './graph-worker.ts';
import { readSiteConfig } from './site-config-fs.ts';

/**
 * Astro's heap, in MB: four times the live heap of the four-tree build, and with Astro's native
 * memory (the bundler's) under 1 GB in all. NODE_OPTIONS=--max-old-space-size=… overrides it.
 */
const ASTRO_HEAP_MB = 512;

export interface BuildSiteOptions {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** Kernel specs, overriding the config file (`DIR`, `DIR@REF`, `DIR=7.2`). */
  kernels?: string[];
  /** A graph JSON to build from instead of kernels. */
  graph?: string;
  /** With `graph`: the guides rendered beside it (`kfuncdoc graph --guides FILE`). */
  guides?: string;
  /** Output directory; `dist/` by default. */
  outDir?: string;
  /** Astro's log level: `warn` keeps the build quiet except for problems. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Pipeline progress lines ("7.2: 416 kfuncs … in 2805 ms"). */
  progress?: (message: string) => void;
}

export interface BuiltSite {
  outDir: string;
  milliseconds: number;
  /** Of which building the graph (0 when built from a graph JSON). */
  graphMilliseconds: number;
}

/**
 * Throws `SiteConfigError` (one line per problem) before Astro starts when the config is wrong,
 * and the pipeline's `InputError` when a kernel tree cannot be read.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const saved = { kernels: process.env.KFUNCDOC_KERNELS, graph: process.env.KFUNCDOC_GRAPH, guides: process.env[GUIDES_ENV] };
  if (options.kernels?.length) process.env.KFUNCDOC_KERNELS = options.kernels.join('\n');
  if (options.graph) process.env.KFUNCDOC_GRAPH = options.graph;
  if (options.graph && options.guides) process.env[GUIDES_ENV] = options.guides;
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  let tmp: string | undefined;
  try {
    const config = await readSiteConfig(options.root);
    const outDir = path.resolve(options.root, options.outDir ?? 'dist');
    const started = performance.now();
    const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${ASTRO_HEAP_MB}`];
    const astroWorker = new URL('./astro-worker.ts', import.meta.url);
    if (config.graph) {
      const astroInput: AstroWorkerInput = { root: options.root, outDir, logLevel: options.logLevel ?? 'warn' };
      await forkWorker(astroWorker, astroInput, { execArgv: heap });
      return { outDir, milliseconds: Math.round(performance.now() - started), graphMilliseconds: 0 };
    }
    tmp = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-graph-'));
    const out = path.join(tmp, 'graph.json');
    const guidesOut = path.join(tmp, 'guides.json');
    const kernels = config.kernels.map((k) => resolveKernelSpec(k, options.root));
    const graphInput: GraphWorkerInput = { kernels, out, guidesOut, config, content: path.join(options.root, 'content') };
    // Astro starts beside the graph process (its start-up needs no graph) and waits for the files.
    process.env.KFUNCDOC_GRAPH = out;
    process.env[GUIDES_ENV] = guidesOut;
    let astro: ChildProcess | undefined;
    const astroInput: AstroWorkerInput = { root: options.root, outDir, logLevel: options.logLevel ?? 'warn', awaitInput: true };
    const built = forkWorker(astroWorker, astroInput, { execArgv: heap, onChild: (child) => (astro = child) });
    built.catch(() => {});
    let graphMilliseconds: number;
    try {
      await forkWorker(new URL('./graph-worker.ts', import.meta.url), graphInput, { progress: options.progress });
      graphMilliseconds = Math.round(performance.now() - started);
    } catch (error) {
      // Nothing to build from: Astro is stopped where it is, and the graph's error is the one said.
      astro?.kill('SIGTERM');
      await built.catch(() => {});
      throw error;
    }
    const ready: ToAstroWorker = { ready: true };
    // Astro may have stopped already (a config error): then `built` says why.
    if (astro?.connected) astro.send(ready);
    await built;
    return { outDir, milliseconds: Math.round(performance.now() - started), graphMilliseconds };
  } finally {
    restore('KFUNCDOC_KERNELS', saved.kernels);
    restore('KFUNCDOC_GRAPH', saved.graph);
    restore(GUIDES_ENV, saved.guides);
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
