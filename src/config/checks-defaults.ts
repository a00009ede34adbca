/** The `checks` configuration's defaults, without zod (checks-config.ts has the schema). */
import type { ChecksConfig } from './checks-config.ts';

/** The default illustrative names: kfuncs.rst's examples of how to write a kfunc. */
export const DEFAULT_ILLUSTRATIVE_KFUNCS = ['bpf_get_task_pid', 'bpf_find_get_task_by_vpid'];

/** What the schema makes of `{}`. */
export function defaultChecksConfig(): ChecksConfig {
  return { suppress: [], illustrativeKfuncs: [...DEFAULT_ILLUSTRATIVE_KFUNCS] };
}
