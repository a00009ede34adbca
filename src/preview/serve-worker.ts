/**
 * The preview server's process (`kfuncdoc preview --serve`): Astro's dev server on 127.0.0.1,
 * rendering each page when it is asked for. It starts at once, while the parent builds the
 * patched graph, and loads its page modules meanwhile; once the parent says "ready" it maps the
 * input files to the site's data, which the pages read (preview-handoff.ts), and reports the URL.
 */
import { sendToParent } from '../integration/fork-worker.ts';
import { startHandoff, type PreviewHandoff } from '../integration/preview-handoff.ts';
import { takeHeldReload } from './take-held-reload.ts';

export interface ServeWorkerInput {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** 0 for any free port. */
  port: number;
  /** Fail when the port is taken instead of trying the next one. */
  strictPort: boolean;
}

/** From the parent: the input files are written, or there will be none. */
export type ToServeWorker = { ready: true } | { abort: string };
/** To the parent. */
export type FromServeWorker = { url: string } | { error: string };

/**
 * The page modules a preview visit needs first: /preview/, where the printed URL points, and the
 * guides, which most doc patches change. Transformed while Astro starts, loaded once it has.
 */
const WARM_FIRST = ['src/integration/routes/preview.astro', 'src/pages/docs/[...slug].astro'];
/** The pages a reader goes to next (a changed kfunc or flag): loaded once the URL is given. */
const WARM_NEXT = ['src/pages/kfuncs/[name].astro', 'src/pages/flags/[name].astro'];

interface Runner {
  import(id: string): Promise<unknown>;
}

interface WarmableEnvironment {
  warmupRequest(url: string): Promise<void>;
  runner?: Runner;
}

/**
 * Gives the page modules a head start. While Astro starts they are only transformed (with their
 * imports, pre-transformed): evaluating them reads Astro's content store (Starlight's UI strings,
 * at import), which the page side reads once and keeps, and it is written by the content sync at
 * the end of the start. Once Astro has started they are loaded (transformed and evaluated).
 * A page that fails here fails again, and says why, when it is asked for.
 */
async function warm(handoff: PreviewHandoff, root: string, files: readonly string[], how: 'transform' | 'load'): Promise<void> {
  const server = handoff.server;
  if (!server) return;
  // Vite runs the plugins' buildStart (the CSS plugin's caches) when it starts listening; loading
  // modules before that needs it done, as Vite itself would.
  await server.environments.client.pluginContainer.buildStart({});
  const ssr = server.environments.ssr as unknown as WarmableEnvironment;
  const one = (file: string) => (how === 'load' ? ssr.runner?.import(`${root}/${file}`) : ssr.warmupRequest(`/${file}`));
  await Promise.all(files.map((file) => Promise.resolve(one(file)).catch((e: Error) => trace(`warm-up of ${file}: ${e.message}`))));
}

/** KFUNCDOC_SERVE_TRACE=1: when each step happens (wall-clock ms, to line up with the parent's). */
const trace = (m: string): void => void (process.env.KFUNCDOC_SERVE_TRACE && process.stderr.write(`serve-worker @${Date.now() % 100000}: ${m}\n`));

let server: Awaited<ReturnType<typeof import('astro').dev>> | undefined;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server?.stop().catch(() => {});
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
// The parent went away (killed, crashed): nobody could stop this server any more.
process.on('disconnect', () => void stop(0));

const send = (m: FromServeWorker) => sendToParent(m);

try {
  const input = JSON.parse(process.argv[2] ?? '{}') as ServeWorkerInput;
  let settle: { resolve(): void; reject(e: Error): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => {});
  process.on('message', (m: ToServeWorker) => {
    trace('ready' in m ? 'input ready' : `aborted: ${m.abort}`);
    if ('ready' in m) settle?.resolve();
    else settle?.reject(new Error(m.abort));
  });
  const handoff = startHandoff(ready);
  handoff.loaders = import('../integration/graph-loader.ts');
  // What the pages read: the patched input, mapped once it is written.
  handoff.siteData = ready.then(async () => (await handoff.loaders!).loadSiteData(input.root, { info: trace, debug: () => {} }));
  handoff.siteData.catch(() => {});
  let warming: Promise<void> | undefined;
  handoff.warmUp = () => {
    warming ??= warm(handoff, input.root, WARM_FIRST, 'transform').then(
      () => trace('page modules transformed'),
      (e: Error) => trace(`no warm-up: ${e.message}`),
    );
  };
  trace('starting astro');
  // Vite's module runner turns Node's own source-map support on when the process offers it; Node
  // then reads the inline map of every module the server loads (~0.3 s of a first page) though a
  // map is needed only when a stack is printed. Without it Vite maps stacks itself, when asked.
  delete (process as { setSourceMapsEnabled?: unknown }).setSourceMapsEnabled;
  const [{ dev }, { kfuncdocAstroConfig }] = await Promise.all([import('astro'), import('../integration/astro-config.ts')]);
  const config = kfuncdocAstroConfig();
  server = await dev({
    ...config,
    root: input.root,
    configFile: false,
    server: { host: '127.0.0.1', port: input.port },
    // A preview is read, not developed: no Astro toolbar on its pages (and ~25 modules fewer to load).
    devToolbar: { enabled: false },
    vite: {
      ...config.vite,
      // Its input does not change: watching files only made Vite reload the first page when Astro's
      // start-up rewrote files under .astro/.
      server: { strictPort: input.strictPort, watch: { ignored: ['**'] } },
    },
    logLevel: 'warn',
  });
  trace('astro started');
  const vite = handoff.server;
  const heldReload = vite ? takeHeldReload({ port: server.address.port, base: vite.config.base, token: vite.config.webSocketToken }) : undefined;
  void warm(handoff, input.root, WARM_FIRST, 'load').catch(() => {});
  await Promise.all([handoff.siteData, heldReload]);
  trace('site data mapped');
  await send({ url: `http://127.0.0.1:${server.address.port}/` });
  void warm(handoff, input.root, WARM_NEXT, 'load').catch(() => {});
} catch (e) {
  await send({ error: e instanceof Error ? e.message : String(e) });
  await stop(1);
}
