/**
 * Content-layer loaders that hand the graph to Astro collections. The graph is built once per
 * process (graph-source.ts) and mapped once (to-site-data.ts); each collection stores its part.
 */
import type { LoaderContext } from 'astro/loaders';
import { forgetGraphs, loadSiteInput } from './graph-source.ts';
import { readSiteConfig } from './site-config-fs.ts';
import { toSiteData, type SiteData } from './to-site-data.ts';
import type { CollectionName } from './loader-names.ts';
import { previewHandoff } from './preview-handoff.ts';

export type { CollectionName };

/** HTML made outside Astro, with the headings its "On this page" lists. */
export interface RenderedContent {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[] };
}

let mapped: { key: string; data: Promise<SiteData> } | undefined;

/** The site's data from its configured input, mapped once per process and configuration. */
export async function loadSiteData(root: string, logger: Pick<LoaderContext['logger'], 'info' | 'debug'>): Promise<SiteData> {
  const config = await readSiteConfig(root);
  const key = JSON.stringify(config);
  if (mapped?.key !== key) {
    const started = performance.now();
    const data = loadSiteInput(config, root, (message) => logger.debug(message)).then(({ graph, guides, notes, preview }) => {
      const result = toSiteData(graph, config, { guides, notes, preview });
      const errors = graph.diagnostics.filter((d) => d.severity === 'error').length;
      logger.info(
        `graph: ${graph.versions.join(', ')}; ${graph.kfuncs.length} kfuncs, ${guides.length} guides, ${graph.diagnostics.length} diagnostics (${errors} errors) in ${Math.round(performance.now() - started)} ms`,
      );
      return result;
    });
    mapped = { key, data };
    data.catch(() => (mapped = undefined));
  }
  return mapped.data;
}

/** The entries of one collection, keyed by their page id; guides come with their HTML. */
export function collectionEntries(data: SiteData, collection: CollectionName): [string, Record<string, unknown>, RenderedContent?][] {
  switch (collection) {
    case 'guides':
      return data.guides.map((g) => [g.entry.id, { ...g.entry }, { html: g.html, metadata: { headings: g.headings } }]);
    case 'kfuncs':
      return data.kfuncs.map((k) => [k.name, { ...k }]);
    case 'flags':
      return data.flags.map((f) => [f.name, { ...f }]);
    case 'versions':
      return data.versions.map((v) => [v.version, { ...v }]);
    case 'notices':
      return data.notices.map((n) => [n.kfunc, { ...n }]);
    case 'patches':
      return data.patches.map((p) => [p.id, { ...p }]);
    case 'meta':
      return [
        ['overview', { ...data.overview }],
        ['graph', { json: data.graphJson }],
        ['site', { ...data.site }],
      ];
  }
}

/** Forgets the mapped data and the graph, so that the next load rebuilds them (`astro dev`). */
export function forgetSiteData(): void {
  forgetGraphs();
  mapped = undefined;
}

/** The generation of inputs the data was built from; `astro dev` bumps it when an input changes. */
let generation: unknown;

/** Stores a collection's part of the site data: the load() of collections.ts's graph loaders. */
export async function loadGraphCollection(collection: CollectionName, context: LoaderContext): Promise<void> {
  const handoff = previewHandoff();
  if (handoff && !handoff.waitForInput) {
    // A preview server: its pages read the site data the server process maps (preview-handoff.ts).
    context.store.clear();
    return;
  }
  // A build that started before its input was written waits for it.
  await handoff?.ready;
  // The integration's module instance is not this one (Vite loads the content config
  // separately), so a change reaches the caches here through refreshContent's context.
  const refreshed = context.refreshContextData?.kfuncdocGeneration;
  if (refreshed !== undefined && refreshed !== generation) {
    generation = refreshed;
    forgetSiteData();
  }
  const root = new URL(context.config.root).pathname.replace(/\/$/, '');
  const data = await loadSiteData(root, context.logger);
  context.store.clear();
  for (const [id, entry, rendered] of collectionEntries(data, collection)) {
    const digest = context.generateDigest(rendered ? { entry, html: rendered.html } : entry);
    context.store.set({ id, data: entry, digest, ...(rendered ? { rendered } : {}) });
  }
}
