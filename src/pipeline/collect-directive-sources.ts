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

/** BPF helper names from include/uapi/linux/bpf.h (`FN(map_lookup_elem, 1, ##ctx)` → bpf_map_lookup_elem). */
export async function readHelperNames(tree: KernelTree): Promise<Set<string>> {
  const text = await tree.readFile('include/uapi/linux/bpf.h');
  return new Set(text ? [...text.matchAll(/\bFN\((\w+)/g)].map((m) => `bpf_${m[1]}`) : []);
}
