/**
 * An `astro dev` already running in the project: the preview server would share its content
 * store (`.astro/data-store.json`, which `astro dev` keeps in the project whatever the port), and
 * each would show the other's data. Read from the lock file Astro's CLI writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface RunningAstroDev {
  pid: number;
  url: string;
}

/** Whether a process runs and, where /proc says so, is an Astro one (a stale lock file names a reused pid). */
function isAstroProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('astro');
  } catch {
    return true;
  }
}

export function runningAstroDev(root: string): RunningAstroDev | undefined {
  let lock: { pid?: unknown; url?: unknown };
  try {
    lock = JSON.parse(readFileSync(path.join(root, '.astro', 'dev.json'), 'utf8')) as { pid?: unknown; url?: unknown };
  } catch {
    return undefined;
  }
  if (typeof lock.pid !== 'number' || lock.pid === process.pid || !isAstroProcess(lock.pid)) return undefined;
  return { pid: lock.pid, url: typeof lock.url === 'string' ? lock.url : '' };
}
