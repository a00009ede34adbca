/** The collections the graph loader fills, and their loaders' names (refreshContent asks for them by name). */
export const GRAPH_COLLECTIONS = ['kfuncs', 'flags', 'versions', 'notices', 'patches', 'guides', 'meta'] as const;

export type CollectionName = (typeof GRAPH_COLLECTIONS)[number];

/** @example loaderName('kfuncs') // 'kfuncdoc-kfuncs' */
export const loaderName = (collection: CollectionName): string => `kfuncdoc-${collection}`;

export const KFUNCDOC_LOADERS: string[] = GRAPH_COLLECTIONS.map(loaderName);
