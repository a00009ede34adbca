/**
 * The content collections of the site, for src/content.config.ts. Schemas are `z.custom` of the
 * entry types: the loader builds the entries from a validated graph, so pages get the types
 * without a second validation pass over every entry.
 */
import { defineCollection } from 'astro/content/config';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import type { FlagEntry, GuideEntry, KfuncEntry, NoticeEntry, PatchEntry, VersionEntry } from './entry-types.ts';
import { loaderName, type CollectionName } from './loader-names.ts';
import { previewHandoff, type GraphLoaderModule } from './preview-handoff.ts';

/**
 * Starlight's docs schema, built once: `<StarlightPage>` asks for it on every page it renders and
 * Starlight would build the whole zod schema anew each time (0.5 ms a page, ~0.3 s a site).
 */
function onceBuiltDocsSchema(): ReturnType<typeof docsSchema> {
  const build = docsSchema();
  let built: ReturnType<typeof build> | undefined;
  return (context) => (built ??= build(context));
}

/**
 * The loaders' code (the graph, its mapping to entries, the preview's report: ~40 modules), by a
 * path Vite does not follow. The server that renders pages loads this file too, and Astro's dev
 * CSS collection transforms every module a page's imports reach, dynamic ones included: a first
 * page would transform the loaders' code for nothing. Only the content sync imports it, and a
 * process that started Astro itself hands its own copy over (PreviewHandoff.loaders).
 */
const LOADER_MODULE = './graph-loader.ts';

function graphLoader(collection: CollectionName): Loader {
  return {
    name: loaderName(collection),
    load: async (context) => {
      const loader = (await previewHandoff()?.loaders) ?? ((await import(/* @vite-ignore */ LOADER_MODULE)) as GraphLoaderModule);
      return loader.loadGraphCollection(collection, context);
    },
  };
}

export function kfuncdocCollections() {
  return {
    /** Hand-written guide pages: content/pages/<slug>.md → /<slug>/. Starlight renders them. */
    docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/pages' }), schema: onceBuiltDocsSchema() }),
    /** Starlight's UI strings: the built-in English ones (an empty entry keeps Starlight from warning). */
    i18n: defineCollection({ loader: async () => [{ id: 'en' }], schema: i18nSchema() }),
    kfuncs: defineCollection({ loader: graphLoader('kfuncs'), schema: z.custom<KfuncEntry>() }),
    flags: defineCollection({ loader: graphLoader('flags'), schema: z.custom<FlagEntry>() }),
    versions: defineCollection({ loader: graphLoader('versions'), schema: z.custom<VersionEntry>() }),
    notices: defineCollection({ loader: graphLoader('notices'), schema: z.custom<NoticeEntry>() }),
    /** Mailing-list patches of content/patches/: /patches/<id>/. */
    patches: defineCollection({ loader: graphLoader('patches'), schema: z.custom<PatchEntry>() }),
    /** The rendered rst guides of the newest version: /docs/<id>/, HTML in `rendered`. */
    guides: defineCollection({ loader: graphLoader('guides'), schema: z.custom<GuideEntry>() }),
    /** `overview` (OverviewEntry) and `graph` ({ json }). */
    meta: defineCollection({ loader: graphLoader('meta'), schema: z.custom<Record<string, unknown>>() }),
  };
}
