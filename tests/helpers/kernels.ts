/** Where the real kernel trees from ../shared/fetch-kernels are, for the real-tree suite. */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const KERNEL_VERSIONS = ['6.1', '6.12', '7.2', '7.3'] as const;

export function kernelsDir(): string {
  return process.env.KFUNC_KERNELS_DIR ?? '/var/cache/kfunc-kernels';
}

/** The unpacked tree of one version, or undefined when it has not been fetched. */
export function kernelTreePath(version: string): string | undefined {
  const dir = path.join(kernelsDir(), `linux-${version}`);
  return existsSync(path.join(dir, '.complete')) ? dir : undefined;
}

/** Says once which trees are missing, so a skipped suite is never silent. */
export function missingKernelsNote(versions: readonly string[]): string | undefined {
  const missing = versions.filter((v) => !kernelTreePath(v));
  return missing.length
    ? `real-tree suite: kernel trees ${missing.join(', ')} not found under ${kernelsDir()} (run ../shared/fetch-kernels); skipping`
    : undefined;
}
