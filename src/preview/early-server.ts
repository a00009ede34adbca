/**
 * `kfuncdoc preview --serve`: the server process is forked before the command's modules load.
 * Its start-up is what a first page waits for, and loading the preview pipeline first (~0.07 s)
 * only delays it. The command takes the server over (takeEarlyServer); when it does not (a usage
 * error, a port it reads otherwise), the CLI stops it (release).
 *
 * Only what is sure is started early: a `--serve` among the options, a valid `--port`, and no
 * `astro dev` running in the project. Everything else is left to the command, which reports it.
 */
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../project-root.ts';
import { portOption, PREVIEW_OPTIONS } from '../cli/preview-options.ts';
import type { PreviewServer } from './preview-server.ts';

let early: { port: number | undefined; server: PreviewServer; close(server: PreviewServer): Promise<void> } | undefined;

export interface EarlyStart {
  /** Stops the server unless the command took it over. */
  release(): Promise<void>;
}

export async function startServerEarly(argv: string[], env: NodeJS.ProcessEnv): Promise<EarlyStart | undefined> {
  let values: { serve?: boolean; port?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: PREVIEW_OPTIONS, allowPositionals: true, strict: false }) as { values: { serve?: boolean; port?: string } });
  } catch {
    return undefined;
  }
  if (values.serve !== true) return undefined;
  const port = portOption(typeof values.port === 'string' ? values.port : undefined);
  if (port === null) return undefined;
  const serving = await import('./preview-server.ts');
  if (serving.runningAstroDev(PROJECT_ROOT)) return undefined;
  early = { port, server: serving.startPreviewServer(PROJECT_ROOT, port, env), close: serving.closePreviewServer };
  return {
    async release() {
      const left = early;
      early = undefined;
      if (left) await left.close(left.server);
    },
  };
}

/** The server started early for this project and port, which the caller owns from now on; undefined when there is none. */
export function takeEarlyServer(port: number | undefined): PreviewServer | undefined {
  const taken = early;
  if (!taken || taken.port !== port) return undefined;
  early = undefined;
  return taken.server;
}
