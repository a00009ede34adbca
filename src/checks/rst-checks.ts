/**
 * The checks that need only the parsed .rst documents (no C sources, no graph). Each takes every
 * document at once, since labels and references cross files. Two-state checks (before/after a
 * patch) are separate: checkRenumberedMentions.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import type { ResolveOptions } from '../rst/resolve-references.ts';
import { checkDuplicateLabels, DUPLICATE_LABEL_CODES } from './check-duplicate-labels.ts';
import { checkSectionMentions, SECTION_MENTION_CODES } from './check-section-mentions.ts';
import { checkSectionNumberSpacing, SECTION_NUMBER_SPACING_CODES } from './check-section-number-spacing.ts';
import { checkSectionNumbering, SECTION_NUMBERING_CODES } from './check-section-numbering.ts';
import { checkTitleUnderlines, TITLE_UNDERLINE_CODES } from './check-title-underlines.ts';
import { checkUndefinedLabels, UNDEFINED_LABEL_CODES } from './check-undefined-labels.ts';
import { checkUnusedLabels, UNUSED_LABEL_CODES } from './check-unused-labels.ts';

export interface RstCheck {
  name: string;
  /** The diagnostic codes it can report. */
  codes: readonly string[];
  /** `options` say what lies outside `docs`: labels of other documents, the .rst paths that exist. */
  run(docs: readonly RstDocument[], options: ResolveOptions): Diagnostic[];
}

export const rstChecks: readonly RstCheck[] = [
  { name: 'section-numbering', codes: SECTION_NUMBERING_CODES, run: checkSectionNumbering },
  { name: 'section-number-spacing', codes: SECTION_NUMBER_SPACING_CODES, run: checkSectionNumberSpacing },
  { name: 'title-underlines', codes: TITLE_UNDERLINE_CODES, run: checkTitleUnderlines },
  { name: 'undefined-labels', codes: UNDEFINED_LABEL_CODES, run: checkUndefinedLabels },
  { name: 'duplicate-labels', codes: DUPLICATE_LABEL_CODES, run: checkDuplicateLabels },
  { name: 'unused-labels', codes: UNUSED_LABEL_CODES, run: checkUnusedLabels },
  { name: 'section-mentions', codes: SECTION_MENTION_CODES, run: checkSectionMentions },
];

/**
 * Every rst check over the documents, plus the diagnostics their parsing produced. Pass the
 * labels of the rest of Documentation/ (scanRstLabels) so that `:ref:`s into it are not reported.
 */
export function runRstChecks(docs: readonly RstDocument[], options: ResolveOptions = {}): Diagnostic[] {
  return [...docs.flatMap((d) => d.diagnostics), ...rstChecks.flatMap((c) => c.run(docs, options))];
}
