/**
 * Runs one command and measures its wall time and peak memory (through GNU time when present). A
 * command that times a part of its own run (one that must set a browser up first) prints
 * `@@bench-seconds N` on stdout, and that is its time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface CommandSpec {
  argv: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Run before each measured run, not timed (e.g. touch a file, clear a cache). */
  before?: () => void;
}

export interface Measurement {
  seconds: number;
  peakMB: number | null;
  ok: boolean;
  error?: string;
}

const GNU_TIME = '/usr/bin/time';

export function measure(spec: CommandSpec): Measurement {
  spec.before?.();
  const useTime = existsSync(GNU_TIME);
  const argv = useTime ? [GNU_TIME, '-f', '@@bench %e %M', ...spec.argv] : spec.argv;
  const started = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const reported = /^@@bench-seconds ([\d.]+)$/m.exec(result.stdout ?? '');
  const wall = reported ? Number(reported[1]) : (performance.now() - started) / 1000;
  const line = useTime ? /@@bench ([\d.]+) (\d+)/.exec(result.stderr ?? '') : null;
  const ok = result.status === 0;
  return {
    seconds: wall,
    peakMB: line ? Math.round(Number(line[2]) / 1024) : null,
    ok,
    ...(ok ? {} : { error: (result.stderr ?? String(result.error)).split('\n').filter((l) => !l.startsWith('@@bench')).slice(-3).join(' | ') }),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
