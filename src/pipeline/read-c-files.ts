/**
 * Reads and parses every C file that registers or defines kfuncs in one tree: registrations
 * (with included headers when a set body uses a macro from one: the xdp X-macro), kernel-doc
 * comments and function definitions. Results are cached by path and content.
 */
import { findFunctionDefinitions, kernelDocDialect, parseKernelDoc, type FunctionDefinition, type KernelDocComment } from '../kerneldoc/index.ts';
import { listIncludes, parseRegistrations, type FileRegistrations } from '../registrations/index.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParseCache } from './parse-cache.ts';
import { SCAN_NEEDLES, SCAN_PREFILTER } from './scan-needles.ts';

export interface ParsedCFile {
  file: string;
  registrations: FileRegistrations;
  comments: KernelDocComment[];
  definitions: FunctionDefinition[];
  diagnostics: Diagnostic[];
}

const needsIncludes = (r: FileRegistrations) => r.diagnostics.some((d) => d.code === 'registrations-set-unknown-content');

export async function readCFiles(tree: KernelTree, cache: ParseCache): Promise<ParsedCFile[]> {
  const files = await tree.findSources(SCAN_NEEDLES, { prefilter: SCAN_PREFILTER });
  // 6.x trees carry the Perl kernel-doc, 7.x the Python one; they read a few corners differently.
  const dialect = kernelDocDialect(await tree.readFile('scripts/kernel-doc'));
  const texts = await Promise.all(files.map((f) => tree.readFile(f)));
  const parsed: ParsedCFile[] = [];
  for (const [i, file] of files.entries()) {
    const text = texts[i];
    if (text === undefined) continue;
    const result = cache.get(`c:${dialect}:${file}`, text, () => {
      const doc = parseKernelDoc(file, text, { dialect });
      return {
        file,
        registrations: parseRegistrations(file, text),
        comments: doc.comments,
        // A kfunc is never static: static functions keep their prototype but not their body
        // (the body is only read for kfuncs: deprecation warnings, rename similarity).
        definitions: findFunctionDefinitions(file, text).map((d) => (d.attributes.includes('static') ? { ...d, body: '' } : d)),
        diagnostics: doc.diagnostics,
      };
    });
    if (needsIncludes(result.registrations)) {
      const includes: Record<string, string> = {};
      for (const header of listIncludes(file, text)) {
        const headerText = await tree.readFile(header);
        if (headerText !== undefined) includes[header] = headerText;
      }
      const key = Object.entries(includes).map(([p, t]) => `${p}\0${t}`).join('\0');
      result.registrations = cache.get(`c+includes:${file}`, text + '\0' + key, () => parseRegistrations(file, text, includes));
    }
    parsed.push(result);
  }
  return parsed;
}
