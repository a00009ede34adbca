/**
 * What every mapping from the graph to collection entries needs: the graph, the site config,
 * link builders and the kernel-doc renderer, made once per build.
 */
import { toHtml } from 'hast-util-to-html';
import type { ContentGraph, Evidence } from '../graph/types.ts';
import { sourceLink, type SiteConfig } from '../config/site-config.ts';
import { kernelDocToHast } from '../render/kerneldoc-to-hast.ts';
import type { EvidenceRef, SourceRef } from './entry-types.ts';

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
   * A section of a kernel guide. The site does not render the guides yet, so this is
   * docs.kernel.org, whose anchors are the same docutils ids the graph keeps.
   */
  guideHref(file: string, anchor: string): string;
  /** Kernel-doc text → escaped HTML, `func()` linked when it is a kfunc. */
  kernelDocHtml(text: string, line?: number): string;
}

/**
 * Joins the site base and a root-relative path.
 * @example withBase('/kfuncdoc/', '/kfuncs/') // '/kfuncdoc/kfuncs/'
 */
export function withBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + path;
}

export function graphContext(graph: ContentGraph, config: SiteConfig): GraphContext {
  const kfuncNames = new Set(graph.kfuncs.map((k) => k.name));
  const href = (path: string) => withBase(config.base, path);
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
      const page = file.replace(/^Documentation\//, '').replace(/\.rst$/, '');
      return `https://docs.kernel.org/${page}.html${anchor ? `#${anchor}` : ''}`;
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
