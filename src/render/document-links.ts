/**
 * The link callbacks of a RenderContext, built from the parsed documents of a tree: labels of
 * every document first (Sphinx's order: collect, then resolve), the first definition winning as in
 * resolveReferences. `:ref:` text defaults to the target section's title as written, number
 * included, as Sphinx shows it.
 */
import { headingId } from '../rst/heading-id.ts';
import { inlineText } from '../rst/inline-text.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import type { RstSection } from '../rst/rst-tree.ts';
import type { LabelDefinition } from '../rst/resolve-references.ts';
import { blocksInOrder } from '../rst/walk-tree.ts';
import { docsKernelOrgUrl } from './docs-kernel-org-url.ts';
import type { LinkTarget, RenderContext } from './render-context.ts';

export interface DocumentLinkOptions {
  /** The page of a document given (`Documentation/bpf/kfuncs.rst` → `/docs/kfuncs/`), or undefined for docs.kernel.org. */
  pageHref(path: string): string | undefined;
  /** Labels of documents not parsed (scanRstLabels), linked on docs.kernel.org. */
  extraLabels?: readonly LabelDefinition[];
  /** Every .rst path in the tree; without it any path is assumed to exist. */
  knownPaths?: ReadonlySet<string>;
}

export type DocumentLinks = Pick<RenderContext, 'resolveLabel' | 'docHref' | 'docTitle' | 'documentPaths'>;

export function documentLinks(docs: readonly RstDocument[], options: DocumentLinkOptions): DocumentLinks {
  const byPath = new Map(docs.map((d) => [d.path, d]));
  const docHref = (path: string): string | undefined => {
    if (byPath.has(path)) return options.pageHref(path) ?? docsKernelOrgUrl(path);
    return !options.knownPaths || options.knownPaths.has(path) ? docsKernelOrgUrl(path) : undefined;
  };
  const labels = new Map<string, LinkTarget>();
  for (const doc of docs) {
    const sections = blocksInOrder(doc.tree).filter((b): b is RstSection => b.type === 'section');
    for (const label of doc.labels) {
      if (labels.has(label.name)) continue;
      const section = label.attachedTo?.kind === 'section' ? sections[label.attachedTo.section] : undefined;
      const title = section ? inlineText(section.title.children).replace(/\s+/g, ' ').trim() : label.rawName;
      labels.set(label.name, { href: withAnchor(docHref(doc.path) ?? docsKernelOrgUrl(doc.path), headingId(label.name)), title });
    }
  }
  for (const [name, title] of Object.entries(SPHINX_PAGES)) labels.set(name, { href: `https://docs.kernel.org/${name}.html`, title });
  for (const { path, label } of options.extraLabels ?? []) {
    if (!labels.has(label.name)) labels.set(label.name, { href: withAnchor(docHref(path) ?? docsKernelOrgUrl(path), headingId(label.name)), title: label.rawName });
  }
  // Sorted once, when a `:glob:` toctree first asks.
  let paths: readonly string[] | undefined;
  return {
    resolveLabel: (name) => labels.get(name),
    docHref,
    docTitle: (path) => byPath.get(path)?.title ?? undefined,
    documentPaths: () => (paths ??= [...new Set([...byPath.keys(), ...(options.knownPaths ?? [])])].sort()),
  };
}

/** Pages Sphinx makes itself, which `:ref:` may name (index.rst's `:ref:`genindex``), with the titles Sphinx gives them. */
const SPHINX_PAGES: Record<string, string> = { genindex: 'Index', modindex: 'Module Index', search: 'Search Page' };

const withAnchor = (href: string, anchor: string): string => `${href.replace(/#.*$/, '')}#${anchor}`;
