/**
 * Which trees the preview server's site is built from. When the tree the patch applies to is one
 * of the site's configured kernels, the site keeps the older ones (timelines still span the
 * versions) and shows the patched tree as the newest; otherwise the patched tree alone (a tree of
 * another lineage beside the configured ones, the embedded sample say, would make nonsense
 * timelines).
 */
import path from 'node:path';
import { openKernelTree, parseKernelSpec, type OpenedTree } from '../sources/open-tree.ts';
import { compareVersions } from '../versions/kernel-version.ts';

export interface PatchedTree {
  /** The patched tree: an overlay of the tree on disk. */
  opened: OpenedTree;
  /** Where the tree is on disk, and the git ref when it is read at one. */
  root: string;
  ref?: string;
}

/**
 * @param kernels the site's configured kernel specs, directories resolved (resolveKernelSpec)
 * @returns the other specs (the caller keeps those older than the patched tree); null when the patched tree is not among them
 */
export function otherSiteKernels(patched: Omit<PatchedTree, 'opened'>, kernels: readonly string[]): string[] | null {
  const specs = kernels.map((spec) => ({ spec, parsed: parseKernelSpec(spec) }));
  const same = specs.find(({ parsed }) => path.resolve(parsed.path) === path.resolve(patched.root) && (parsed.ref ?? '') === (patched.ref ?? ''));
  if (!same) return null;
  return specs.filter((s) => s !== same).map((s) => s.spec);
}

export async function previewSiteTrees(patched: PatchedTree, kernels: readonly string[], cacheDir?: string): Promise<OpenedTree[]> {
  const others = otherSiteKernels({ root: patched.root, ref: patched.ref }, kernels);
  if (!others) return [patched.opened];
  const opened = await Promise.all(others.map((spec) => openKernelTree(spec, { cacheDir })));
  return [...opened.filter((t) => compareVersions(t.version, patched.opened.version) < 0), patched.opened];
}
