/**
 * Where the rendered guides live on the site: `/docs/<path without Documentation/ and .rst>/`,
 * so a guide keeps the place it has in the kernel tree (and on docs.kernel.org).
 */
import { sourceLink, type SiteConfig } from '../config/site-config.ts';
import type { ContentGraph } from '../graph/types.ts';
import type { GuideHrefs } from '../pipeline/render-guides.ts';
import { withBase } from './with-base.ts';

/**
 * The page id of a guide: its path in the tree without `Documentation/` and `.rst`.
 * @example guideId('Documentation/bpf/kfuncs.rst') // 'bpf/kfuncs'
 */
export function guideId(path: string): string {
  return path.replace(/^Documentation\//, '').replace(/\.rst$/, '');
}

/**
 * A guide's page, with the site's base.
 * @example guidePageHref('/', 'Documentation/bpf/kfuncs.rst', 'kf-acquire-flag') // '/docs/bpf/kfuncs/#kf-acquire-flag'
 */
export function guidePageHref(base: string, path: string, anchor?: string): string {
  return withBase(base, `/docs/${guideId(path)}/${anchor ? `#${anchor}` : ''}`);
}

/** The links the guides of the graph's newest version carry. */
export function guideHrefs(config: SiteConfig, graph: Pick<ContentGraph, 'versions' | 'versionInfo'>): GuideHrefs {
  const version = graph.versions.at(-1) ?? '';
  const release = graph.versionInfo[version]?.release ?? version;
  return {
    kfunc: (name) => withBase(config.base, `/kfuncs/${name}/`),
    doc: (path, anchor) => guidePageHref(config.base, path, anchor),
    source: (file) => sourceLink(config, { version, release, file, line: 1 }),
  };
}
