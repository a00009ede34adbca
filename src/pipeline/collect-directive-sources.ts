/**
 * For each file a `kernel-doc` directive names: the identifiers its kernel-doc comments document
 * (null when the file does not exist), and its `DOC:` blocks by title, which `:doc: TITLE`
 * directives pull in (text as kernel-doc reads it, markup kept: the renderer turns it into HTML).
 * Each file is read and parsed once for both.
 */
import { parseKernelDoc } from '../kerneldoc/index.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import type { ParseCache } from './parse-cache.ts';

export interface DirectiveSources {
  sources: Map<string, Set<string> | null>;
  docBlocks: Map<string, Map<string, string>>;
}

export async function collectDirectiveSources(tree: KernelTree, documents: readonly RstDocument[], cache: ParseCache): Promise<DirectiveSources> {
  const files = [...new Set(documents.flatMap((d) => d.kernelDocDirectives.map((k) => k.file)))];
  const out: DirectiveSources = { sources: new Map(), docBlocks: new Map() };
  for (const file of files) {
    const text = await tree.readFile(file);
    if (text === undefined) {
      out.sources.set(file, null);
      continue;
    }
    const { names, docs } = cache.get(`kdoc-directive:${file}`, text, () => {
      const comments = parseKernelDoc(file, text).comments;
      return { names: comments.map((c) => c.name), docs: comments.filter((c) => c.kind === 'doc').map((c): [string, string] => [c.name.trim(), c.description]) };
    });
    out.sources.set(file, new Set(names));
    if (docs.length) out.docBlocks.set(file, new Map(docs));
  }
  return out;
}

/** BPF helper names from include/uapi/linux/bpf.h (`FN(map_lookup_elem, 1, ##ctx)` → bpf_map_lookup_elem). */
export async function readHelperNames(tree: KernelTree): Promise<Set<string>> {
  const text = await tree.readFile('include/uapi/linux/bpf.h');
  return new Set(text ? [...text.matchAll(/\bFN\((\w+)/g)].map((m) => `bpf_${m[1]}`) : []);
}
