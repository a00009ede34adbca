/**
 * Why a path from a patch may not be written to a tree overlay, or undefined when it is safe:
 * absolute paths and `..` would reach outside the tree.
 * @example unsafePathReason('../etc/passwd') // 'climbs out of the tree with ..'
 */
export function unsafePathReason(path: string): string | undefined {
  if (path.startsWith('/')) return 'is absolute';
  if (/^[A-Za-z]:[\\/]/.test(path)) return 'is absolute';
  if (path.includes('\0')) return 'holds a NUL byte';
  if (path.split(/[\\/]/).includes('..')) return 'climbs out of the tree with ..';
  if (path === '' || path.split('/').some((p) => p === '' || p === '.')) return 'is not a plain tree path';
  return undefined;
}
