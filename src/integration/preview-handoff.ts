/**
 * `kfuncdoc preview --serve` starts Astro's dev server while the patched graph is still being
 * built (in another process), so that the two overlap. The server process says so here, and the
 * integration and the loaders — which Vite loads as their own module instances, in the same
 * process — read it: the loaders store nothing until the input is ready, then the integration
 * has the content synced again. `kfuncdoc build` starts its Astro process early the same way;
 * there the loaders wait for the input (`waitForInput`), since a build syncs once. Shared through `globalThis`, the one thing both module graphs see.
 */
import type { AstroIntegration } from 'astro';

/** Vite's dev server, as Astro hands it to integrations. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

export interface PreviewHandoff {
  /** Resolves when graph.json, guides.json and report.json are written; rejects when there will be none. */
  ready: Promise<void>;
  /** True once `ready` has resolved: the loaders read the files from then on. */
  isReady: boolean;
  /** Resolves when the content was synced from the ready input (set by the integration). */
  synced?: Promise<void>;
  /** Vite's dev server, for warming the page modules up while the input is built. */
  server?: DevServer;
  /** Set by the loaders when they stored nothing because the input was pending. */
  deferred?: boolean;
  /** Called by the loaders: Vite's server is up, and the page modules can be loaded while the content syncs. */
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

/** graph-loader.ts, as the collections call it. */
export type GraphLoaderModule = Pick<typeof import('./graph-loader.ts'), 'loadGraphCollection'>;

const KEY = Symbol.for('kfuncdoc.preview-handoff');
type Holder = { [KEY]?: PreviewHandoff };

/** Called by the server process (or the build's Astro process) before it starts Astro. */
export function startHandoff(ready: Promise<void>, options: { waitForInput?: boolean } = {}): PreviewHandoff {
  const handoff: PreviewHandoff = { ready, isReady: false, ...(options.waitForInput ? { waitForInput: true } : {}) };
  ready.then(
    () => (handoff.isReady = true),
    () => {},
  );
  (globalThis as Holder)[KEY] = handoff;
  return handoff;
}

/** The handoff of this process, when it is a preview server's. */
export function previewHandoff(): PreviewHandoff | undefined {
  return (globalThis as Holder)[KEY];
}

/** Whether the loaders must wait: a preview server whose input is not written yet. */
export function inputPending(): boolean {
  const handoff = previewHandoff();
  return Boolean(handoff && !handoff.isReady);
}
