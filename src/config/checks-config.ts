/**
 * The `checks` part of kfuncdoc.config.json: which diagnostic codes to leave out, and which
 * names the guides use as illustrations rather than as kfuncs.
 */
import { z } from 'zod';
import { DEFAULT_ILLUSTRATIVE_KFUNCS } from './checks-defaults.ts';

export const ChecksConfigSchema = z.strictObject({
  /** Diagnostic codes not to report, e.g. `["kfunc-kernel-doc-missing"]`. */
  suppress: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'a diagnostic code looks like "rst-section-gap"' })).default([]),
  /** Names the guides use as examples (kfuncs.rst's bpf_get_task_pid); not reported as unknown kfuncs. */
  illustrativeKfuncs: z.array(z.string()).default(DEFAULT_ILLUSTRATIVE_KFUNCS),
});

export type ChecksConfig = z.output<typeof ChecksConfigSchema>;
