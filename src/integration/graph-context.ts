/**
 * What every mapping from the graph to collection entries needs: the graph, the site config,
 * link builders and the kernel-doc renderer, made once per build.
 */
import { toHtml } from 'hast-util-to-html';
import type { ContentGraph, Evidence } from '../graph/types.ts';
import { sourceLink, type SiteConfig } from '../config/site-config.ts';
import { kernelDocToHast } from '../render/kerneldoc-to-hast.ts';
import type { RenderedGuide } from '../pipeline/render-guides.ts';
import { docsKernelOrgUrl } from '../render/docs-kernel-org-url.ts';
import type { EvidenceRef, SourceRef } from './entry-types.ts';
import { guidePageHref } from './guide-hrefs.ts';
import { withBase } from './with-base.ts';

export { withBase };

export interface GraphContext {
  graph: ContentGraph;
  config: SiteConfig;
  /** The newest version covered: the one current pages describe. */
  newest: string;
  kfuncNames: ReadonlySet<string>;
  /** A site path with the configured base: `href('/kfuncs/x/')`. */
  href(path: string): string;
  source(file: string, line: number, version: string): SourceRef;
  evidence(e: Evidence): EvidenceRef;
  /**
   * A section of a kernel guide: our rendered page when the guide is one, with the anchor when
   * the page has it (a section of an older version may be gone: then the page itself), else
   * docs.kernel.org, whose anchors are the same docutils ids.
   */
  guideHref(file: string, anchor: string): string;
  /** Kernel-doc text → escaped HTML, `func()` linked when it is a kfunc. */
  kernelDocHtml(text: string, line?: number): string;
}

/** The ids a page's HTML gives out: headings, labels, kernel-doc entries. */
function anchorsOf(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));
}

export function graphContext(graph: ContentGraph, config: SiteConfig, guides: readonly RenderedGuide[] = []): GraphContext {
  const kfuncNames = new Set(graph.kfuncs.map((k) => k.name));
  const href = (path: string) => withBase(config.base, path);
  const anchors = new Map(guides.map((g) => [g.path, anchorsOf(g.html)]));
  const source = (file: string, line: number, version: string): SourceRef => ({
    file,
    line,
    version,
    url: sourceLink(config, { version, release: graph.versionInfo[version]?.release ?? version, file, line }),
  });
  return {
    graph,
    config,
    newest: graph.versions[graph.versions.length - 1] ?? '',
    kfuncNames,
    href,
    source,
    evidence: (e) => ({ ...source(e.file, e.line, e.version), text: e.text }),
    guideHref: (file, anchor) => {
      const ids = anchors.get(file);
      if (!ids) return docsKernelOrgUrl(file, anchor || undefined);
      return guidePageHref(config.base, file, anchor && ids.has(anchor) ? anchor : undefined);
    },
    kernelDocHtml: (text, line) =>
      toHtml(
        kernelDocToHast(text, {
          line,
          linkFunction: (name) => (kfuncNames.has(name) ? href(`/kfuncs/${name}/`) : undefined),
        }),
      ),
  };
}
