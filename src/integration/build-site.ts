/**
 * Builds the static site with Astro's JavaScript API, for `kfuncdoc build`: the kernels (or a
 * graph JSON) are handed to the integration through the same `KFUNCDOC_*` variables that
 * `npm run build` and `astro dev` read, so every way in reads one configuration.
 */
import { build } from 'astro';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveKernelSpec } from './graph-source.ts';
import type { GraphWorkerInput, GraphWorkerMessage } from './graph-worker.ts';
import { SiteConfigError } from '../config/site-config.ts';
import { readSiteConfig } from './site-config-fs.ts';

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

/** Runs the pipeline in a child process (graph-worker.ts), which writes the graph JSON. */
function buildGraphFile(input: GraphWorkerInput, progress?: (message: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./graph-worker.ts', import.meta.url)), [JSON.stringify(input)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let error: string | undefined;
    child.on('message', (m: GraphWorkerMessage) => {
      if ('progress' in m) progress?.(m.progress);
      else error = m.error;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new SiteConfigError(error ?? `the graph process exited with code ${code}`))));
  });
}

/**
 * Throws `SiteConfigError` (one line per problem) before Astro starts when the config is wrong,
 * and the pipeline's `InputError` when a kernel tree cannot be read.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const saved = { kernels: process.env.KFUNCDOC_KERNELS, graph: process.env.KFUNCDOC_GRAPH };
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
      await buildGraphFile({ kernels: config.kernels.map((k) => resolveKernelSpec(k, options.root)), out, content: path.join(options.root, 'content') }, options.progress);
      process.env.KFUNCDOC_GRAPH = out;
    }
    const graphMilliseconds = config.graph ? 0 : Math.round(performance.now() - started);
    await build({ root: options.root, outDir, logLevel: options.logLevel ?? 'warn', mode: 'production' });
    return { outDir, milliseconds: Math.round(performance.now() - started), graphMilliseconds };
  } finally {
    restore('KFUNCDOC_KERNELS', saved.kernels);
    restore('KFUNCDOC_GRAPH', saved.graph);
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
