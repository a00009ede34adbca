/**
 * The .rst guides of one tree: every file under Documentation/bpf parsed (cached by content),
 * labels of the rest of Documentation/ scanned only when a reference needs them, and every
 * `:ref:` / `:doc:` resolved across documents.
 */
import { existsSync } from 'node:fs';
import { parseRstDocument } from '../rst/parse-rst-document.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import { resolveReferences, type LabelDefinition, type ReferenceResolutions, type ResolveOptions } from '../rst/resolve-references.ts';
import { scanRstLabels } from '../rst/scan-rst-labels.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import { rstParseCache, type ParseCache } from './parse-cache.ts';
import { readIncrementally } from './read-incrementally.ts';

export const GUIDES_DIR = 'Documentation/bpf';

export interface DocumentFacts {
  documents: RstDocument[];
  /** The text of each parsed document, by path (checks and the renderer read it). */
  texts: Map<string, string>;
  resolveOptions: ResolveOptions;
  resolutions: ReferenceResolutions;
}

export async function collectDocuments(tree: KernelTree, cache: ParseCache): Promise<DocumentFacts> {
  const labelIndex = () =>
    readIncrementally(tree, cache, {
      id: 'rst-labels',
      dirs: ['Documentation'],
      names: ['*.rst'],
      accept: (p) => p.endsWith('.rst') && !p.startsWith(GUIDES_DIR + '/'),
      parse: (p, text) => (text.includes('.. _') ? scanRstLabels(p, text) : []),
    });
  // Kept from an earlier run, the index is brought up to date beside the guides (a `find`), not
  // after them: a tree that needed it once (6.1, a patch's base) likely needs it again. Never
  // built ahead: that reads every .rst under Documentation/.
  const indexFile = cache.sibling('incremental-rst-labels')?.file;
  if (indexFile && existsSync(indexFile)) void labelIndex().catch(() => {});
  const allDocs = [
    ...(await readIncrementally(tree, cache, { id: 'rst-paths', dirs: ['Documentation'], names: ['*.rst'], accept: (p) => p.endsWith('.rst'), parse: () => 1, read: false })).keys(),
  ].sort();
  const paths = allDocs.filter((p) => p.startsWith(GUIDES_DIR + '/'));
  const texts = new Map<string, string>();
  const documents: RstDocument[] = [];
  // Section bodies by their text: versions of a guide share most sections (kfuncs.rst of 6.12 and
  // 7.2), and so do a guide and the guide patched or edited, between runs too; only the sections
  // whose text differs go through restructured.
  const sections = rstParseCache(cache, 'sections');
  for (const path of paths) {
    const text = await tree.readFile(path);
    if (text === undefined) continue;
    texts.set(path, text);
    documents.push(cache.get(`rst:${path}`, text, () => parseRstDocument(path, text, { cache: sections })));
  }
  const knownPaths = new Set(allDocs);
  let resolveOptions: ResolveOptions = { knownPaths };
  let resolutions = resolveReferences(documents, resolveOptions);
  const unresolved = new Set(resolutions.references.filter((r) => r.resolved === null && r.reference.role === 'ref').map((r) => r.reference.target));
  if (unresolved.size) {
    // Labels outside Documentation/bpf (6.1's bpf_devel_QA.rst refers to netdev-FAQ), from an
    // index of the labels of every .rst under Documentation/, kept up to date incrementally.
    const index = await labelIndex();
    const extraLabels: LabelDefinition[] = [...index.values()].flat().filter((d) => unresolved.has(d.label.name));
    resolveOptions = { knownPaths, extraLabels };
    resolutions = resolveReferences(documents, resolveOptions);
  }
  return { documents, texts, resolveOptions, resolutions };
}
