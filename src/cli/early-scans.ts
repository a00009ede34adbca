/**
 * The whole-tree scan of each `--kernel` directory, started before a command loads the rest of
 * the pipeline: loading takes ~0.1 s, the warm scan's `find` ~0.2 s, and they need not wait for
 * each other. The command's own scan takes the started one over (prefetchScan), with the same
 * tree, needles and cache as it would have used; a spec it cannot read is left for the command
 * to report.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { SCAN_NEEDLES, SCAN_PREFILTER } from '../pipeline/scan-needles.ts';
import { cacheDir } from '../sources/cache-dir.ts';
import { parseKernelSpec } from '../sources/open-tree.ts';
import { prefetchScan } from '../sources/scan-sources.ts';

/** The values of `--kernel SPEC` and `--kernel=SPEC`, in order. */
export function kernelSpecs(argv: readonly string[]): string[] {
  const specs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--kernel' && argv[i + 1] !== undefined) specs.push(argv[++i]);
    else if (argv[i].startsWith('--kernel=')) specs.push(argv[i].slice('--kernel='.length));
  }
  return specs;
}

export function startKernelScans(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  const cache = argv.includes('--no-cache') ? undefined : cacheDir(env);
  for (const spec of kernelSpecs(argv)) {
    const parsed = parseKernelSpec(spec);
    // A git ref is read from git's objects, not scanned on disk.
    if (parsed.ref) continue;
    const root = path.resolve(parsed.path);
    if (!existsSync(root) || !statSync(root).isDirectory()) continue;
    prefetchScan(root, SCAN_NEEDLES, { cacheDir: cache, prefilter: SCAN_PREFILTER });
  }
}
