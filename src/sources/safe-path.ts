/**
 * Normalises a tree-relative path and refuses one that would leave the tree.
 * @example safeTreePath('./Documentation//bpf/kfuncs.rst') // 'Documentation/bpf/kfuncs.rst'
 */
export function safeTreePath(p: string): string | undefined {
  if (p.startsWith('/') || p.includes('\0')) return undefined;
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length ? parts.join('/') : undefined;
}
