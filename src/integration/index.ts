/**
 * The kfuncdoc Astro integration: reads the site config, sets Astro's `site` and `base`, adds
 * Starlight with the site's settings, and in `astro dev` rebuilds the graph when a watched input
 * changes. The graph itself reaches pages through the collections (collections.ts).
 */
import type { AstroIntegration } from 'astro';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readSiteConfig, CONFIG_FILE } from './site-config-fs.ts';
import { starlightOptions } from './starlight-options.ts';

export default function kfuncdoc(): AstroIntegration {
  let root = '';
  return {
    name: 'kfuncdoc',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        const site = await readSiteConfig(root);
        updateConfig({
          site: site.site,
          base: site.base,
          trailingSlash: 'always',
          integrations: [starlight(starlightOptions(site))],
        });
      },
      'astro:server:setup': async ({ server, refreshContent }) => {
        const site = await readSiteConfig(root);
        // Only inputs inside the project (the sample, a graph JSON): watching a real tree is too costly.
        const inputs = [CONFIG_FILE, ...(site.graph ? [site.graph] : site.kernels.filter((k) => !/[@=]/.test(k)))]
          .map((p) => path.resolve(root, p))
          .filter((p) => p.startsWith(root + path.sep));
        server.watcher.add(inputs);
        let generation = 0;
        const refresh = (file: string) => {
          if (!inputs.some((p) => file === p || file.startsWith(p + path.sep))) return;
          generation += 1;
          void refreshContent?.({
            loaders: ['kfuncdoc-kfuncs', 'kfuncdoc-flags', 'kfuncdoc-versions', 'kfuncdoc-notices', 'kfuncdoc-guides', 'kfuncdoc-meta'],
            context: { kfuncdocGeneration: generation },
          });
        };
        server.watcher.on('change', refresh);
        server.watcher.on('add', refresh);
      },
    },
  };
}
