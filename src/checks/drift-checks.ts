/** The doc↔code checks: they need the C sources of the same version as the guides. */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkFlagDocs, FLAG_DOC_CODES } from './check-flag-docs.ts';
import { checkKernelDocDirectives, KERNEL_DOC_DIRECTIVE_CODES } from './check-kernel-doc-directives.ts';
import { checkKfuncKernelDoc, KFUNC_KERNEL_DOC_CODES } from './check-kfunc-kernel-doc.ts';
import { checkKfuncMentions, KFUNC_MENTION_CODES } from './check-kfunc-mentions.ts';
import { checkPastDeadlines, PAST_DEADLINE_CODES } from './check-past-deadlines.ts';
import type { DriftInput } from './drift-input.ts';

export interface DriftCheck {
  name: string;
  codes: readonly string[];
  run(input: DriftInput): Diagnostic[];
}

export const driftChecks: readonly DriftCheck[] = [
  { name: 'flag-docs', codes: FLAG_DOC_CODES, run: checkFlagDocs },
  { name: 'kernel-doc-directives', codes: KERNEL_DOC_DIRECTIVE_CODES, run: checkKernelDocDirectives },
  { name: 'kfunc-mentions', codes: KFUNC_MENTION_CODES, run: checkKfuncMentions },
  { name: 'kfunc-kernel-doc', codes: KFUNC_KERNEL_DOC_CODES, run: checkKfuncKernelDoc },
  { name: 'past-deadlines', codes: PAST_DEADLINE_CODES, run: checkPastDeadlines },
];

export function runDriftChecks(input: DriftInput): Diagnostic[] {
  return driftChecks.flatMap((c) => c.run(input));
}
