/**
 * The kfuncdoc Astro integration: reads the site config, sets Astro's `site` and `base`, adds
 * Starlight with the site's settings, and in `astro dev` rebuilds the graph when a watched input
 * changes. On a preview server (`kfuncdoc preview --serve`, KFUNCDOC_PREVIEW set) it adds the
 * patch's banner and /preview/ instead, and starts warming the page modules up.
 * The graph itself reaches pages through the collections (collections.ts), or on a preview
 * server through the data its process maps (preview-handoff.ts).
 */
import type { AstroIntegration } from 'astro';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readSiteConfig, CONFIG_FILE } from './site-config-fs.ts';
import { starlightOptions } from './starlight-options.ts';
import { KFUNCDOC_LOADERS } from './loader-names.ts';
import { previewHandoff } from './preview-handoff.ts';
import { PREVIEW_ENV } from './input-env.ts';
import { isShortLinkPage } from './short-links.ts';

/**
 * Vite's dev server loads a server module's imports one after the other, each awaited: most of a
 * first page's time is spent waiting on file reads. With pre-transformed requests, as the browser
 * side has by default, a transformed module starts the transforms of its static imports at once.
 * The first page of a dev or preview server takes about half the time (1.1 s → 0.55 s on the sample).
 * `ssr` renders the pages; `astro` loads the content config.
 */
const DEV_SERVER_VITE = { environments: { ssr: { dev: { preTransformRequests: true } }, astro: { dev: { preTransformRequests: true } } } };

const trace = process.env.KFUNCDOC_SERVE_TRACE ? (m: string) => process.stderr.write(`integration @${Date.now() % 100000}: ${m}\n`) : undefined;
export default function kfuncdoc(): AstroIntegration {
  let root = '';
  return {
    name: 'kfuncdoc',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, injectRoute }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        const site = await readSiteConfig(root);
        // `kfuncdoc preview --serve`: a banner naming the patch on every page, and its report.
        const preview = Boolean(process.env[PREVIEW_ENV]);
        updateConfig({
          site: site.site,
          base: site.base,
          trailingSlash: 'always',
          // Our sitemap, before Starlight (which then adds none): without the /d/ redirect pages.
          integrations: [sitemap({ filter: (page) => !isShortLinkPage(page, site.site, site.base) }), starlight(starlightOptions(site, { preview }))],
        });
        if (command === 'dev') updateConfig({ vite: DEV_SERVER_VITE });
        if (preview) injectRoute({ pattern: '/preview', entrypoint: new URL('./routes/preview.astro', import.meta.url) });
      },
      'astro:server:setup': async ({ server, refreshContent }) => {
        const handoff = previewHandoff();
        if (handoff) {
          // A preview server: its input does not change, and its pages read the graph's data
          // from the handoff, not from the content store (preview-handoff.ts).
          handoff.server = server;
          trace?.('server setup');
          handoff.warmUp?.();
          return;
        }
        const site = await readSiteConfig(root);
        // Only inputs inside the project (the sample, a graph JSON, the notes and patches of
        // content/): watching a real tree is too costly.
        const inputs = [CONFIG_FILE, 'content/kfuncs', 'content/patches', ...(site.graph ? [site.graph] : site.kernels.filter((k) => !/[@=]/.test(k)))]
          .map((p) => path.resolve(root, p))
          .filter((p) => p.startsWith(root + path.sep));
        server.watcher.add(inputs);
        let generation = 0;
        const refresh = (file: string) => {
          if (!inputs.some((p) => file === p || file.startsWith(p + path.sep))) return;
          generation += 1;
          void refreshContent?.({
            loaders: KFUNCDOC_LOADERS,
            context: { kfuncdocGeneration: generation },
          });
        };
        server.watcher.on('change', refresh);
        server.watcher.on('add', refresh);
      },
    },
  };
}
