/** `kfuncdoc preview --serve` started as a user starts it, for the browser checks of the patched site. */
import { spawn } from 'node:child_process';
import { ROOT } from './build-site.ts';

const URL_LINE = /Serving the patched site at (http:\/\/127\.0\.0\.1:\d+)\/preview\//;
const START_TIMEOUT_MS = 90_000;

export interface RunningPreview {
  /** Without a trailing slash. */
  url: string;
  /** Stops the server (SIGINT, as Ctrl-C) and resolves when the process is gone. */
  stop(): Promise<void>;
}

/** Resolves once the URL is printed; rejects with the output's tail when the command fails or hangs. */
export function startPreview(args: string[]): Promise<RunningPreview> {
  const child = spawn(process.execPath, ['src/cli/run.ts', 'preview', ...args, '--serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`no URL after ${START_TIMEOUT_MS / 1000} s: ${output.slice(-1500)}`));
    }, START_TIMEOUT_MS);
    const onData = (d: Buffer) => {
      output += d;
      const m = URL_LINE.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kfuncdoc preview exited with ${code}: ${output.slice(-1500)}`));
    });
  });
}
