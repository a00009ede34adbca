/**
 * The warm path of the directory scan: which C sources and headers changed since a moment.
 * A file's ctime moves on every write and on creation (and cannot be set back by tools that
 * preserve mtimes, like tar or cp -p), so `find -newerct @T` lists exactly the files new or
 * edited since T. GNU find walks and stats in C, ~3× faster than stat calls from JavaScript;
 * two run side by side on halves of the tree.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Splits the top-level entries into `n` groups of about equal weight (file counts from the last scan). */
export function balance(entries: readonly string[], weight: (entry: string) => number, n: number): string[][] {
  const groups = Array.from({ length: n }, () => ({ items: [] as string[], total: 0 }));
  for (const e of [...entries].sort((a, b) => weight(b) - weight(a))) {
    const lightest = groups.reduce((a, b) => (b.total < a.total ? b : a));
    lightest.items.push(e);
    lightest.total += weight(e);
  }
  return groups.map((g) => g.items).filter((g) => g.length);
}

/**
 * Tree-relative paths of the `.c`/`.h` files whose ctime is after `sinceMs`, or undefined when
 * find cannot be run (the caller then scans everything).
 */
export async function findChanged(root: string, sinceMs: number, weights: Record<string, number>, processes = 2): Promise<string[] | undefined> {
  const entries = readdirSync(root).filter((e) => !e.startsWith('.'));
  const groups = balance(entries, (e) => weights[e] ?? 1, processes);
  const stamp = `@${(sinceMs / 1000).toFixed(3)}`;
  try {
    const outputs = await Promise.all(
      groups.map((group) =>
        run('find', [...group.map((e) => './' + e), '(', '-type', 'd', '-name', '.*', '-prune', ')', '-o', '-type', 'f', '(', '-name', '*.c', '-o', '-name', '*.h', ')', '-newerct', stamp, '-print0'], {
          cwd: root,
          maxBuffer: 1 << 28,
        }),
      ),
    );
    return outputs.flatMap(({ stdout }) => stdout.split('\0').filter(Boolean).map((p) => p.replace(/^\.\//, '')));
  } catch {
    return undefined;
  }
}
