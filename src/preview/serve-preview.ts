/**
 * `kfuncdoc preview --serve`: the patched site on 127.0.0.1, pages rendered on demand. The dev
 * server starts in its own process first (startPreviewServer); meanwhile this process previews
 * the patch, builds the site input of the patched tree (graph, rendered guides and notes) and
 * writes it, with the report, to a temporary directory (servePreview); then the server maps it
 * to the site's data and the URL is printed. Ctrl-C or SIGTERM stops the server and removes the
 * directory.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import { resolveKernelSpec } from '../integration/graph-source.ts';
import { guideHrefs } from '../integration/guide-hrefs.ts';
import { buildSiteInputFromTrees, renderedContentJson } from '../pipeline/build-site-input.ts';
import { InputError } from '../sources/kernel-tree.ts';
import type { PreviewOutcome } from './preview-patch.ts';
import { previewSiteTrees, type PatchedTree } from './preview-site-trees.ts';
import { closePreviewServer, type PreviewServer } from './preview-server.ts';

export interface ServeOptions {
  root: string;
  /** The site's config: its kernels, base and link templates. */
  config: SiteConfig;
  /** The tree the patch applies to, as on disk (the site shows the preview's patched tree in its place). */
  tree: PatchedTree;
  cacheDir?: string;
  /** Previews the patch (previewPatch). */
  compute(): Promise<PreviewOutcome>;
  /** Prints the report or the failure as `kfuncdoc preview` does; returns its exit code. */
  printReport(outcome: PreviewOutcome): number;
  /** Where the URL line goes (stdout beside the text report, stderr beside JSON). */
  say(text: string): void;
  warn(text: string): void;
  progress?: (message: string) => void;
}

/** Resolves on the first SIGINT or SIGTERM; `dispose` removes the handlers again. */
function interrupted(): { signal: Promise<NodeJS.Signals>; dispose(): void } {
  let dispose = () => {};
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    const on = (s: NodeJS.Signals) => resolve(s);
    process.once('SIGINT', on);
    process.once('SIGTERM', on);
    dispose = () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    };
  });
  return { signal, dispose };
}

/** Returns the exit code when the server is stopped: the report's (0 unless --strict found something), 1 when it could not serve. */
export async function servePreview(server: PreviewServer, o: ServeOptions): Promise<number> {
  const stop = interrupted();
  const trace = process.env.KFUNCDOC_SERVE_TRACE ? (m: string) => o.warn(`serve @${Date.now() % 100000}: ${m}\n`) : () => {};
  try {
    const outcome = await Promise.race([o.compute(), stop.signal.then(() => null)]);
    trace('previewed');
    if (!outcome) return 0;
    const code = o.printReport(outcome);
    if (!outcome.ok) return code;

    const patched = { ...o.tree, opened: { ...o.tree.opened, tree: outcome.tree } };
    const trees = await previewSiteTrees(patched, o.config.kernels.map((k) => resolveKernelSpec(k, o.root)), o.cacheDir);
    const input = await buildSiteInputFromTrees(trees, { content: path.join(o.root, 'content'), cacheDir: o.cacheDir, hrefs: (g) => guideHrefs(o.config, g), progress: o.progress });
    const { files } = server;
    await Promise.all([writeFile(files.graph, JSON.stringify(input.graph)), writeFile(files.guides, renderedContentJson(input)), writeFile(files.report, JSON.stringify(outcome.report))]);
    trace('site input written');
    server.worker.ready();

    const url = await Promise.race([
      server.worker.url.catch((error: Error) => {
        throw new InputError(`the preview server did not start: ${error.message}`, { hint: server.port ? 'give another --port, or --port 0 for any free one' : 'see the messages above' });
      }),
      stop.signal.then(() => null),
    ]);
    if (!url) return code;
    o.say(`Serving the patched site at ${url}preview/ (Ctrl-C to stop)\n`);
    const ended = await Promise.race([stop.signal.then(() => 'stopped' as const), server.worker.exited.then(() => 'exited' as const)]);
    if (ended === 'exited') {
      o.warn('kfuncdoc preview: the preview server stopped unexpectedly\n');
      return 1;
    }
    return code;
  } finally {
    stop.dispose();
    await closePreviewServer(server);
  }
}
