/**
 * Everything the site is built from, in one call shared by `kfuncdoc build` (in its graph
 * process) and `astro dev` (in Astro's): the graph of the kernel trees with the hand-written
 * notes and patches of content/, the guides of the newest tree and the notes rendered to HTML.
 */
import type { ContentGraph } from '../graph/types.ts';
import { openKernelTree, type OpenedTree } from '../sources/open-tree.ts';
import { buildGraph, treeCacheName } from './build-graph.ts';
import { openParseCache, rstParseCache } from './parse-cache.ts';
import { parserVersion } from './parser-version.ts';
import { readContent } from './read-content.ts';
import { renderGuides, type GuideHrefs, type RenderedGuide } from './render-guides.ts';
import { renderNotes, type RenderedNote } from './render-notes.ts';

/** What the site shows that was rendered outside Astro; `kfuncdoc graph --guides FILE` writes it as JSON. */
export interface RenderedContent {
  /** The guides of the newest version. */
  guides: RenderedGuide[];
  /** The hand-written kfunc notes of content/kfuncs/. */
  notes: RenderedNote[];
}

export interface SiteInput extends RenderedContent {
  graph: ContentGraph;
}

/** The rendered-content file: what `graph --guides`, `kfuncdoc build` and `preview --serve` hand the site. */
export function renderedContentJson(input: RenderedContent): string {
  return JSON.stringify({ guides: input.guides, notes: input.notes } satisfies RenderedContent);
}

export interface SiteInputOptions {
  /** Kernel specs with their directories resolved. */
  kernels: readonly string[];
  /** The content directory (notes in kfuncs/, patches in patches/); none when absent. */
  content?: string;
  cacheDir?: string;
  /** Where the guides' links point, once the graph is known. */
  hrefs(graph: ContentGraph): GuideHrefs;
  progress?: (message: string) => void;
}

export async function buildSiteInput(options: SiteInputOptions): Promise<SiteInput> {
  const trees = await Promise.all(options.kernels.map((spec) => openKernelTree(spec, { cacheDir: options.cacheDir })));
  return buildSiteInputFromTrees(trees, options);
}

/**
 * The same from trees already opened: `kfuncdoc preview --serve` hands in an overlay of a tree
 * (the tree seen through a patch) in place of the tree on disk.
 */
export async function buildSiteInputFromTrees(
  trees: readonly OpenedTree[],
  options: Omit<SiteInputOptions, 'kernels'>,
): Promise<SiteInput> {
  const content = await readContent(options.content);
  const { graph, builds } = await buildGraph(trees, { cacheDir: options.cacheDir, progress: options.progress, ...content });
  const newest = builds.at(-1);
  const started = performance.now();
  let guides: RenderedGuide[] = [];
  if (newest) {
    // What rendering parses (table cells, footnotes: ~half of it) is kept beside the tree's
    // other caches. Written for a patched tree too: keys are texts, and a preview's guides are
    // nearly all its base's.
    const cache = openParseCache(options.cacheDir, `render-${treeCacheName(newest.opened)}`, parserVersion(['rst']));
    guides = renderGuides(newest, graph, options.hrefs(graph), rstParseCache(cache, 'fragments'));
    cache.save();
  }
  options.progress?.(`${newest?.opened.version ?? '-'}: ${guides.length} guides rendered in ${Math.round(performance.now() - started)} ms`);
  return { graph, guides, notes: renderNotes(content.notes) };
}
