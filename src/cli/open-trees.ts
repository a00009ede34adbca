import { cacheDir } from '../sources/cache-dir.ts';
import { openKernelTree, type OpenedTree } from '../sources/open-tree.ts';
import { UsageError } from './cli-error.ts';
import type { CliIO } from './io.ts';

/** The `--kernel` specs of a command, opened; the cache directory unless --no-cache. */
export async function openTrees(specs: string[] | undefined, io: CliIO, noCache: boolean | undefined): Promise<{ trees: OpenedTree[]; cache?: string }> {
  if (!specs?.length) throw new UsageError('give at least one --kernel');
  const cache = noCache ? undefined : cacheDir(io.env);
  const trees: OpenedTree[] = [];
  for (const spec of specs) trees.push(await openKernelTree(spec, { cacheDir: cache }));
  return { trees, cache };
}
