/**
 * Starlight's settings for the site. The sidebar lists group and index pages only: a link per
 * kfunc would be rendered into every page (TOOLCHAIN.md: 191 MB instead of 37 MB at 1000 pages).
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { SiteConfig } from '../config/site-config.ts';
import { withBase } from './graph-context.ts';

export interface StarlightModes {
  /** A preview server (`kfuncdoc preview --serve`): every page names the patch in a banner. */
  preview?: boolean;
}

export function starlightOptions(config: SiteConfig, modes: StarlightModes = {}): StarlightUserConfig {
  return {
    title: 'kfuncdoc',
    description: 'Every BPF kfunc of the Linux kernel, across versions: signatures, flags, program types, deprecations.',
    customCss: ['./src/styles/kfuncdoc.css', './src/styles/highlight.css', './src/styles/guides.css'],
    components: { Search: './src/components/Search.astro', Footer: './src/components/Footer.astro', ...(modes.preview ? { Banner: './src/components/PreviewBanner.astro' } : {}) },
    pagination: false,
    // No Markdown of ours goes through Astro's renderer with code in it: kfunc notes are rendered
    // by our pipeline (render-notes.ts), their code highlighted as the guides' is. Expressive Code
    // would only cost every server start (~0.1 s) and every page its styles.
    expressiveCode: false,
    // src/pages/404.astro: Starlight's own 404 route wants a `404` entry in the docs collection.
    disable404Route: true,
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    head: [
      {
        tag: 'link',
        attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'kfunc deprecations', href: withBase(config.base, '/deprecations.xml') },
      },
    ],
    sidebar: [
      { label: 'Overview', link: '/' },
      {
        label: 'Reference',
        items: [
          { label: 'All kfuncs', link: '/kfuncs/' },
          { label: 'Flags', link: '/flags/' },
          { label: 'Versions', link: '/versions/' },
          { label: 'Deprecations', link: '/deprecations/' },
          { label: 'Patches', link: '/patches/' },
          { label: 'Checks', link: '/checks/' },
        ],
      },
      { label: 'Guides', items: [{ label: 'Kernel guides', link: '/docs/' }, { autogenerate: { directory: 'guide' } }] },
      // graph.json and deprecations.xml are linked from the overview: Starlight would add a
      // trailing slash to them here.
    ],
  };
}
