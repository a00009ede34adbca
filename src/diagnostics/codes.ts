/**
 * Every diagnostic code kfuncdoc can report, in one registry: what the stages declare, in one
 * list, so that suppressions can be validated and the site can explain each code.
 */
import { driftChecks } from '../checks/drift-checks.ts';
import { RENUMBERED_MENTION_CODES } from '../checks/check-renumbered-mentions.ts';
import { rstChecks } from '../checks/rst-checks.ts';
import { KERNELDOC_CODES } from '../kerneldoc/codes.ts';
import { PATCH_CODES } from '../patches/codes.ts';
import { REGISTRATION_CODES } from '../registrations/codes.ts';

/** Codes reported outside the check and parser tables. */
const PIPELINE_CODES = ['checks-skipped-no-sources', 'rst-title-level-inconsistent'] as const;

export const DIAGNOSTIC_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(REGISTRATION_CODES),
  ...Object.values(KERNELDOC_CODES),
  ...Object.keys(PATCH_CODES),
  ...rstChecks.flatMap((c) => c.codes),
  ...RENUMBERED_MENTION_CODES,
  ...driftChecks.flatMap((c) => c.codes),
  ...PIPELINE_CODES,
]);
