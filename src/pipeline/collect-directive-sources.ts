/** For each file a `kernel-doc` directive names: the identifiers its kernel-doc comments document. */
import { parseKernelDoc } from '../kerneldoc/index.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import type { ParseCache } from './parse-cache.ts';

export async function collectDirectiveSources(tree: KernelTree, documents: readonly RstDocument[], cache: ParseCache): Promise<Map<string, Set<string> | null>> {
  const files = [...new Set(documents.flatMap((d) => d.kernelDocDirectives.map((k) => k.file)))];
  const out = new Map<string, Set<string> | null>();
  for (const file of files) {
    const text = await tree.readFile(file);
    if (text === undefined) {
      out.set(file, null);
      continue;
    }
    const names = cache.get(`kdoc-names:${file}`, text, () => parseKernelDoc(file, text).comments.map((c) => c.name));
    out.set(file, new Set(names));
  }
  return out;
}

/**
 * The `DOC:` blocks that `.. kernel-doc:: FILE` directives with `:doc: TITLE` pull in, by file and
 * title, as kernel-doc reads them (markup kept: the renderer turns it into HTML). Only the files
 * such a directive names are read for them.
 */
export async function collectDocBlocks(tree: KernelTree, documents: readonly RstDocument[], cache: ParseCache): Promise<Map<string, Map<string, string>>> {
  const files = [...new Set(documents.flatMap((d) => d.kernelDocDirectives.filter((k) => k.options.doc !== undefined).map((k) => k.file)))];
  const out = new Map<string, Map<string, string>>();
  for (const file of files) {
    const text = await tree.readFile(file);
    if (text === undefined) continue;
    const blocks = cache.get(`kdoc-docs:${file}`, text, () =>
      parseKernelDoc(file, text)
        .comments.filter((c) => c.kind === 'doc')
        .map((c): [string, string] => [c.name.trim(), c.description]),
    );
    out.set(file, new Map(blocks));
  }
  return out;
}

/** BPF helper names from include/uapi/linux/bpf.h (`FN(map_lookup_elem, 1, ##ctx)` → bpf_map_lookup_elem). */
export async function readHelperNames(tree: KernelTree): Promise<Set<string>> {
  const text = await tree.readFile('include/uapi/linux/bpf.h');
  return new Set(text ? [...text.matchAll(/\bFN\((\w+)/g)].map((m) => `bpf_${m[1]}`) : []);
}
