/** `.. kernel-doc::` directives naming a file that does not exist, or functions or a `DOC:` block it does not have. */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DriftInput } from './drift-input.ts';

export const KERNEL_DOC_DIRECTIVE_CODES = ['doc-kernel-doc-file-missing', 'doc-kernel-doc-missing'] as const;

export function checkKernelDocDirectives(input: DriftInput): Diagnostic[] {
  if (!input.hasSources) return [];
  const out: Diagnostic[] = [];
  for (const doc of input.documents) {
    for (const directive of doc.kernelDocDirectives) {
      const at = { file: doc.path, line: directive.line };
      const documented = input.kernelDocSources.get(directive.file);
      if (documented === null || documented === undefined) {
        out.push(diagnostic('doc-kernel-doc-file-missing', 'warning', at, `kernel-doc directive names ${directive.file}, which does not exist in ${input.version}`, {
          hint: 'give the path from the top of the tree, e.g. kernel/bpf/helpers.c',
          version: input.version,
        }));
        continue;
      }
      const title = directive.options.doc?.trim();
      if (title && !documented.has(title)) {
        out.push(diagnostic('doc-kernel-doc-missing', 'warning', at, `kernel-doc directive names "DOC: ${title}", which ${directive.file} does not have`, {
          hint: `write the title as the "DOC:" line of ${directive.file} has it`,
          version: input.version,
        }));
      }
      for (const name of [...(directive.options.identifiers ?? []), ...(directive.options.functions ?? [])]) {
        if (documented.has(name)) continue;
        out.push(diagnostic('doc-kernel-doc-missing', 'warning', at, `kernel-doc directive names ${name}, which has no kernel-doc comment in ${directive.file}`, {
          hint: input.kfuncs.has(name) ? `add a kernel-doc comment to ${name}()` : `remove ${name} from the directive, or fix its name`,
          version: input.version,
        }));
      }
    }
  }
  return out;
}
