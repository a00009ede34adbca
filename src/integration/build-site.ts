/**
 * Builds the static site for `kfuncdoc build` in two child processes: the pipeline writes the
 * graph and the rendered guides (graph-worker.ts), then Astro builds from them (astro-worker.ts).
 * The kernels (or a graph JSON) reach the integration through the same `KFUNCDOC_*` variables
 * that `npm run build` and `astro dev` read, so every way in reads one configuration.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AstroWorkerInput } from './astro-worker.ts';
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
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  let tmp: string | undefined;
  try {
    const config = await readSiteConfig(options.root);
    const outDir = path.resolve(options.root, options.outDir ?? 'dist');
    const started = performance.now();
    if (!config.graph) {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'kfuncdoc-graph-'));
      const out = path.join(tmp, 'graph.json');
      const guidesOut = path.join(tmp, 'guides.json');
      const kernels = config.kernels.map((k) => resolveKernelSpec(k, options.root));
      const graphInput: GraphWorkerInput = { kernels, out, guidesOut, config, content: path.join(options.root, 'content') };
      await forkWorker(new URL('./graph-worker.ts', import.meta.url), graphInput, { progress: options.progress });
      process.env.KFUNCDOC_GRAPH = out;
      process.env[GUIDES_ENV] = guidesOut;
    }
    const graphMilliseconds = config.graph ? 0 : Math.round(performance.now() - started);
    const astroInput: AstroWorkerInput = { root: options.root, outDir, logLevel: options.logLevel ?? 'warn' };
    const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${ASTRO_HEAP_MB}`];
    await forkWorker(new URL('./astro-worker.ts', import.meta.url), astroInput, { execArgv: heap });
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
