/**
 * Where the site's graph and rendered guides come from: the pipeline run over the configured
 * kernel trees, or a graph JSON written earlier (by `kfuncdoc graph`, or by `kfuncdoc build`'s
 * graph process, with the guides beside it). Built once per process and configuration: every
 * collection's loader asks for it, only the first call does the work.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import type { ContentGraph } from '../graph/types.ts';
import { SiteConfigError } from '../config/site-config.ts';
import type { RenderedContent, SiteInput as PipelineSiteInput } from '../pipeline/build-site-input.ts';
import type { KfuncNote } from '../pipeline/read-notes.ts';
import type { RenderedGuide } from '../pipeline/render-guides.ts';
import type { RenderedNote } from '../pipeline/render-notes.ts';
import { PREVIEW_SCHEMA, type PreviewReport } from '../preview/preview-report.ts';
import { guideHrefs } from './guide-hrefs.ts';
import { GUIDES_ENV, PREVIEW_ENV } from './input-env.ts';

export { GUIDES_ENV } from './input-env.ts';

/** The pipeline's input for the site (the guides empty when built from a graph JSON alone), and a preview's report. */
export interface SiteInput extends PipelineSiteInput {
  /** The preview report, on a preview server. */
  preview?: PreviewReport;
}

const built = new Map<string, Promise<SiteInput>>();

async function readGraphFile(file: string): Promise<ContentGraph> {
  const value = JSON.parse(await readFile(file, 'utf8')) as Partial<ContentGraph>;
  if (value.schemaVersion !== 1 || !Array.isArray(value.kfuncs) || !Array.isArray(value.versions)) {
    throw new SiteConfigError(`${file}: not a kfuncdoc graph (schemaVersion 1); write one with \`npm run kfuncdoc -- graph --out ${file}\``);
  }
  return value as ContentGraph;
}

/** The rendered guides and notes; notes undefined for a file of guides alone (an older `graph --guides`). */
async function readRenderedFile(file: string | undefined): Promise<{ guides: RenderedGuide[]; notes?: RenderedNote[] }> {
  if (!file) return { guides: [] };
  const value = JSON.parse(await readFile(file, 'utf8')) as Partial<RenderedContent> | RenderedGuide[];
  if (Array.isArray(value)) return { guides: value };
  if (!Array.isArray(value.guides) || !Array.isArray(value.notes)) {
    throw new SiteConfigError(`${file}: not kfuncdoc's rendered guides and notes (${GUIDES_ENV} is set by \`kfuncdoc build\`; unset it, or write the file with 'kfuncdoc graph --guides FILE')`);
  }
  return { guides: value.guides, notes: value.notes };
}

/** The notes of the project's content/, rendered here: the site was given a graph JSON without them. */
async function renderContentNotes(root: string): Promise<RenderedNote[]> {
  const readUrl = new URL('../pipeline/read-notes.ts', import.meta.url).href;
  const renderUrl = new URL('../pipeline/render-notes.ts', import.meta.url).href;
  const [read, render] = await Promise.all([import(/* @vite-ignore */ readUrl), import(/* @vite-ignore */ renderUrl)]);
  const notes: KfuncNote[] = await read.readNotes(path.join(root, 'content'));
  return notes.length ? (render.renderNotes as typeof import('../pipeline/render-notes.ts').renderNotes)(notes) : [];
}

interface Pipeline {
  buildSiteInput: typeof import('../pipeline/build-site-input.ts').buildSiteInput;
  cacheDir(): string;
}

/**
 * Imported lazily, by URL: a site built from a graph JSON never loads the kernel readers, and
 * Starlight bundles the collection config into the pages, where the pipeline must not follow.
 */
async function importPipeline(): Promise<Pipeline> {
  const inputUrl = new URL('../pipeline/build-site-input.ts', import.meta.url).href;
  const cacheUrl = new URL('../sources/cache-dir.ts', import.meta.url).href;
  try {
    const [input, cache] = await Promise.all([import(/* @vite-ignore */ inputUrl), import(/* @vite-ignore */ cacheUrl)]);
    return { buildSiteInput: input.buildSiteInput, cacheDir: cache.cacheDir } as Pipeline;
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

/** In this process (`astro dev`, `astro build`): `kfuncdoc build` runs this in graph-worker.ts instead. */
async function buildFromTrees(config: SiteConfig, root: string, progress?: (message: string) => void): Promise<SiteInput> {
  const pipeline = await importPipeline();
  return pipeline.buildSiteInput({
    kernels: config.kernels.map((spec) => resolveKernelSpec(spec, root)),
    content: path.join(root, 'content'),
    cacheDir: process.env.KFUNCDOC_NO_CACHE ? undefined : pipeline.cacheDir(),
    hrefs: (graph) => guideHrefs(config, graph),
    progress,
  });
}

async function readPreviewFile(file: string | undefined): Promise<PreviewReport | undefined> {
  if (!file) return undefined;
  const value = JSON.parse(await readFile(file, 'utf8')) as Partial<PreviewReport>;
  if (value.schema !== PREVIEW_SCHEMA) throw new SiteConfigError(`${file}: not a kfuncdoc preview report (${PREVIEW_ENV} is set by \`kfuncdoc preview --serve\`; unset it)`);
  return value as PreviewReport;
}

async function readFiles(root: string, graphFile: string, guidesFile: string | undefined, previewFile: string | undefined): Promise<SiteInput> {
  const [graph, rendered, preview] = await Promise.all([readGraphFile(graphFile), readRenderedFile(guidesFile), readPreviewFile(previewFile)]);
  const { guides } = rendered;
  const newest = graph.versions.at(-1);
  const other = guides.find((g) => g.version !== newest)?.version;
  if (other !== undefined) {
    throw new SiteConfigError(`${guidesFile}: the guides of ${other}, but the newest version of ${graphFile} is ${newest ?? 'none'}; write both with one 'kfuncdoc graph --out GRAPH --guides FILE'`);
  }
  const notes = rendered.notes ?? (await renderContentNotes(root));
  return { graph, guides, notes, ...(preview ? { preview } : {}) };
}

export function loadSiteInput(config: SiteConfig, root: string, progress?: (message: string) => void): Promise<SiteInput> {
  const guidesFile = config.graph ? process.env[GUIDES_ENV]?.trim() || undefined : undefined;
  const previewFile = config.graph ? process.env[PREVIEW_ENV]?.trim() || undefined : undefined;
  const key = JSON.stringify([root, config.graph, guidesFile, previewFile, config.kernels, config.base]);
  let input = built.get(key);
  if (!input) {
    input = config.graph ? readFiles(root, path.resolve(root, config.graph), guidesFile, previewFile) : buildFromTrees(config, root, progress);
    built.set(key, input);
    input.catch(() => built.delete(key));
  }
  return input;
}

/** Forgets built graphs, so that `astro dev` rebuilds after a watched input changed. */
export function forgetGraphs(): void {
  built.clear();
}
