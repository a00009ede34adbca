/**
 * A kernel document's page on docs.kernel.org (which builds from the newest mainline tree).
 * @example docsKernelOrgUrl('Documentation/core-api/kref.rst') // 'https://docs.kernel.org/core-api/kref.html'
 * @example docsKernelOrgUrl('Documentation/bpf/kfuncs.rst', 'kf-acquire-flag') // 'https://docs.kernel.org/bpf/kfuncs.html#kf-acquire-flag'
 */
export function docsKernelOrgUrl(path: string, anchor?: string): string {
  const page = path.replace(/^Documentation\//, '').replace(/\.(rst|txt)$/, '');
  return `https://docs.kernel.org/${page}.html${anchor ? `#${anchor}` : ''}`;
}
