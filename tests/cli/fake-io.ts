import type { CliIO } from '../../src/cli/io.ts';

/** A CliIO that records what a command prints. */
export function fakeIO(env: NodeJS.ProcessEnv = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    progress: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    color: false,
    env: { KFUNCDOC_CACHE_DIR: '/nonexistent-cache-dir-for-tests', ...env },
    cwd: process.cwd(),
  };
  return io;
}
