/**
 * Runs one build step in a child process (graph-worker.ts, astro-worker.ts): what the step
 * allocates goes back to the system when it exits, so the steps' peaks never add up, and the
 * child can be given its own heap limit.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withCompileCache } from '../compile-cache.ts';
import { SiteConfigError } from '../config/site-config.ts';

/** `done`: the step's output is written; the child may go on with its own housekeeping (caches). */
export type WorkerMessage = { progress: string } | { error: string; configError?: boolean } | { done: true };

/** In the child: sends a message to the parent, resolved once it is out (a process that exits next keeps it). */
export function sendToParent<T>(message: T): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
}

export interface ForkOptions {
  /** Node flags for the child (`--max-old-space-size=…`). */
  execArgv?: string[];
  progress?: (message: string) => void;
  /** The child, for messages to it (astro-worker.ts waits for one when started early). */
  onChild?: (child: ChildProcess) => void;
}

/**
 * Forks one of our child scripts the way they expect it: their input as JSON in argv[2], the
 * parent's stdout and stderr, an IPC channel, and Node's compile cache passed on.
 */
export function forkChild(script: URL, input: unknown, env: NodeJS.ProcessEnv, execArgv: readonly string[] = []): ChildProcess {
  return fork(fileURLToPath(script), [JSON.stringify(input)], { env: withCompileCache(env), stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, ...execArgv] });
}

/** Resolves when the child says it is done or exits with 0; a reported error rejects as the child saw it (a config error stays one), a crash as an Error. */
export function forkWorker(script: URL, input: unknown, options: ForkOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = forkChild(script, input, process.env, options.execArgv);
    options.onChild?.(child);
    let error: string | undefined;
    // graph-worker.ts reports only input errors (an unreadable tree); a crash is our bug.
    let configError = false;
    child.on('message', (m: WorkerMessage) => {
      if ('progress' in m) options.progress?.(m.progress);
      else if ('done' in m) resolve();
      else {
        error = m.error;
        configError = m.configError ?? true;
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve();
      const message = error ?? `the ${script.pathname.split('/').pop()} process ${signal ? `was killed (${signal})` : `exited with code ${code}`}`;
      reject(configError ? new SiteConfigError(message) : new Error(message));
    });
  });
}
