/**
 * `kfuncdoc preview --serve` starts Astro's dev server while the patched graph is still being
 * built (in another process), so that the two overlap. The server process says so here, and the
 * integration, the loaders and the pages — which Vite loads as their own module instances, in
 * the same process — read it. On a preview server the graph's data does not go through Astro's
 * content store at all: the server process maps the input once it is written (`siteData`), and
 * the pages read that (components/site-data.ts); the loaders store nothing, and the content syncs
 * once, at start, for the hand-written pages alone. `kfuncdoc build` starts its Astro process
 * early the same way; there the loaders wait for the input (`waitForInput`), since a build syncs
 * once. Shared through `globalThis`, the one thing all module graphs see.
 */
import type { AstroIntegration } from 'astro';

/** Vite's dev server, as Astro hands it to integrations. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];
type SiteData = import('./to-site-data.ts').SiteData;

export interface PreviewHandoff {
  /** Resolves when graph.json, guides.json and report.json are written; rejects when there will be none. */
  ready: Promise<void>;
  /**
   * A preview server's site data, mapped from the input once it is written (set by the server
   * process): the pages read it here instead of from Astro's content store.
   */
  siteData?: Promise<SiteData>;
  /** Vite's dev server, for warming the page modules up while the input is built. */
  server?: DevServer;
  /** Called by the integration: Vite's server is up, and the page modules can be transformed while Astro starts. */
  warmUp?: () => void;
  /**
   * A static build started before its input was written (`kfuncdoc build`): the loaders wait for
   * `ready` instead of storing nothing, since a build syncs its content once.
   */
  waitForInput?: boolean;
  /**
   * The loaders' code as the process itself loaded it (Node, with its compile cache), which the
   * collections use instead of having Vite transform it (~40 modules) while the server starts.
   */
  loaders?: Promise<GraphLoaderModule>;
}

/** graph-loader.ts, as the collections and the preview server call it. */
export type GraphLoaderModule = Pick<typeof import('./graph-loader.ts'), 'loadGraphCollection' | 'loadSiteData'>;

const KEY = Symbol.for('kfuncdoc.preview-handoff');
type Holder = { [KEY]?: PreviewHandoff };

/** Called by the server process (or the build's Astro process) before it starts Astro. */
export function startHandoff(ready: Promise<void>, options: { waitForInput?: boolean } = {}): PreviewHandoff {
  const handoff: PreviewHandoff = { ready, ...(options.waitForInput ? { waitForInput: true } : {}) };
  (globalThis as Holder)[KEY] = handoff;
  return handoff;
}

/** The handoff of this process, when it is a preview server's. */
export function previewHandoff(): PreviewHandoff | undefined {
  return (globalThis as Holder)[KEY];
}
