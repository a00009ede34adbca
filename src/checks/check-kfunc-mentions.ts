/**
 * kfunc names in the guides that are no kfunc of this version: one that was a kfunc in another
 * version scanned (renamed, removed, not yet added), or, in the kfunc guides, a `bpf_*()` call
 * that is neither a kfunc, a BPF helper, a kernel function defined in the files read, nor on the
 * list of illustrative examples.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DriftInput } from './drift-input.ts';

export const KFUNC_MENTION_CODES = ['doc-kfunc-stale', 'doc-kfunc-unknown'] as const;

const KFUNC_GUIDE = /kfunc|cpumask/i;
const KFUNC_LIKE = /^(?:bpf|scx_bpf)_[a-z0-9_]*[a-z0-9]$/;

export function checkKfuncMentions(input: DriftInput): Diagnostic[] {
  if (!input.hasSources) return [];
  const out: Diagnostic[] = [];
  for (const doc of input.documents) {
    const seen = new Set<string>();
    for (const m of doc.kfuncMentions) {
      const name = m.name;
      if (seen.has(name) || input.kfuncs.has(name) || input.illustrative.has(name)) continue;
      const at = { file: doc.path, line: m.line, column: m.column };
      const fate = input.elsewhere.get(name);
      if (fate) {
        seen.add(name);
        out.push(diagnostic('doc-kfunc-stale', 'warning', at, `${name} is not a kfunc in ${input.version} (${fate})`, {
          hint: 'name the kfunc as this version has it',
          version: input.version,
        }));
      } else if (KFUNC_GUIDE.test(doc.path) && m.call && m.context !== 'code' && KFUNC_LIKE.test(name) && !input.helpers.has(name) && !input.functions.has(name)) {
        seen.add(name);
        out.push(diagnostic('doc-kfunc-unknown', 'warning', at, `${name}() is not a kfunc in ${input.version}`, {
          hint: 'fix the name, or list it under checks.illustrativeKfuncs in kfuncdoc.config.json when it is an example',
          version: input.version,
        }));
      }
    }
  }
  return out;
}
