/**
 * Where the site's graph comes from: the pipeline run over the configured kernel trees, or a
 * graph JSON written earlier by `kfuncdoc graph`. Built once per process and configuration:
 * every collection's loader asks for it, only the first call does the work.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import type { ContentGraph } from '../graph/types.ts';
import { SiteConfigError } from '../config/site-config.ts';
import type { OpenedTree } from '../sources/open-tree.ts';

const built = new Map<string, Promise<ContentGraph>>();

async function readGraphFile(file: string): Promise<ContentGraph> {
  const value = JSON.parse(await readFile(file, 'utf8')) as Partial<ContentGraph>;
  if (value.schemaVersion !== 1 || !Array.isArray(value.kfuncs) || !Array.isArray(value.versions)) {
    throw new SiteConfigError(`${file}: not a kfuncdoc graph (schemaVersion 1); write one with \`npm run kfuncdoc -- graph --out ${file}\``);
  }
  return value as ContentGraph;
}

interface Pipeline {
  openKernelTree(spec: string, options?: { cacheDir?: string }): Promise<OpenedTree>;
  buildGraph(trees: OpenedTree[], options?: { cacheDir?: string; progress?: (message: string) => void }): Promise<{ graph: ContentGraph }>;
  cacheDir(): string;
  readNotes(contentDir: string): Promise<unknown[]>;
}

/**
 * Imported lazily, by URL: a site built from a graph JSON never loads the kernel readers, and
 * Starlight bundles the collection config into the pages, where the pipeline must not follow.
 */
async function importPipeline(): Promise<Pipeline> {
  const openUrl = new URL('../sources/open-tree.ts', import.meta.url).href;
  const buildUrl = new URL('../pipeline/build-graph.ts', import.meta.url).href;
  const cacheUrl = new URL('../sources/cache-dir.ts', import.meta.url).href;
  const notesUrl = new URL('../pipeline/read-notes.ts', import.meta.url).href;
  try {
    const [open, build, cache, notes] = await Promise.all([
      import(/* @vite-ignore */ openUrl),
      import(/* @vite-ignore */ buildUrl),
      import(/* @vite-ignore */ cacheUrl),
      import(/* @vite-ignore */ notesUrl),
    ]);
    return { openKernelTree: open.openKernelTree, buildGraph: build.buildGraph, cacheDir: cache.cacheDir, readNotes: notes.readNotes } as Pipeline;
  } catch (e) {
    throw new SiteConfigError(
      `cannot load the graph pipeline (${(e as Error).message}); build from a graph JSON instead: KFUNCDOC_GRAPH=graph.json (write it with \`npm run kfuncdoc -- graph --out graph.json\`)`,
    );
  }
}

/**
 * A kernel spec with its directory resolved against the project root; `@ref` and `=X.Y` kept.
 * @example resolveKernelSpec('../linux@v7.2=7.2', '/src/kfuncdoc') // '/src/linux@v7.2=7.2'
 */
export function resolveKernelSpec(spec: string, root: string): string {
  const version = /=[^=@/]+$/.exec(spec)?.[0] ?? '';
  const rest = spec.slice(0, spec.length - version.length);
  const at = rest.lastIndexOf('@');
  const dir = at > 0 ? rest.slice(0, at) : rest;
  return path.resolve(root, dir) + (at > 0 ? rest.slice(at) : '') + version;
}

async function buildFromTrees(config: SiteConfig, root: string, progress?: (message: string) => void): Promise<ContentGraph> {
  const pipeline = await importPipeline();
  const cache = process.env.KFUNCDOC_NO_CACHE ? undefined : pipeline.cacheDir();
  const trees = await Promise.all(config.kernels.map((spec) => pipeline.openKernelTree(resolveKernelSpec(spec, root), { cacheDir: cache })));
  const notes = await pipeline.readNotes(path.join(root, 'content'));
  return (await pipeline.buildGraph(trees, { cacheDir: cache, progress, notes } as Parameters<Pipeline['buildGraph']>[1])).graph;
}

export function loadGraph(config: SiteConfig, root: string, progress?: (message: string) => void): Promise<ContentGraph> {
  const key = JSON.stringify([root, config.graph, config.kernels]);
  let graph = built.get(key);
  if (!graph) {
    graph = config.graph ? readGraphFile(path.resolve(root, config.graph)) : buildFromTrees(config, root, progress);
    built.set(key, graph);
    graph.catch(() => built.delete(key));
  }
  return graph;
}

/** Forgets built graphs, so that `astro dev` rebuilds after a watched input changed. */
export function forgetGraphs(): void {
  built.clear();
}
