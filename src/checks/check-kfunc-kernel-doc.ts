/** Registered kfuncs (not test-only) with no kernel-doc comment on their definition. */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DriftInput } from './drift-input.ts';

export const KFUNC_KERNEL_DOC_CODES = ['kfunc-kernel-doc-missing'] as const;

export function checkKfuncKernelDoc(input: DriftInput): Diagnostic[] {
  if (!input.hasSources) return [];
  const out: Diagnostic[] = [];
  for (const [name, k] of input.kfuncs) {
    if (k.testOnly || k.doc) continue;
    const at = k.definition ?? { file: k.file, line: k.line };
    out.push(diagnostic('kfunc-kernel-doc-missing', 'info', { file: at.file, line: at.line }, `kfunc ${name}() has no kernel-doc comment`, {
      hint: `document it: /** ${name}() - what it does … */ above the definition`,
      version: input.version,
    }));
  }
  return out;
}
