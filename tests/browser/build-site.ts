/** Builds a site with the CLI, as a user would, into a directory the runner owns. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const BUILD_TIMEOUT_MS = 300_000;

/**
 * Runs `node src/cli/run.ts build --out OUT [--kernel K …]` (the embedded sample when no kernel
 * is given); resolves with the build's output, rejects with its tail when it fails or hangs.
 */
export function buildSite(outDir: string, kernels: string[] = []): Promise<string> {
  const args = ['src/cli/run.ts', 'build', '--out', outDir, ...kernels.flatMap((k) => ['--kernel', k])];
  return new Promise((resolve, reject) => {
    // process.execPath: the Node 24 that runs this file (through npm), which strips TypeScript.
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output.trim());
      else {
        const why = signal ? `killed (${signal}) after ${BUILD_TIMEOUT_MS / 1000} s` : `exit code ${code}`;
        reject(new Error(`kfuncdoc build ${why}:\n${output.trim().split('\n').slice(-15).join('\n')}`));
      }
    });
  });
}
