/** Which checks run on which site, with what each site is expected to show. */
import type { Check, Site } from './check.ts';
import { a11yChecks } from './checks/a11y-checks.ts';
import { escapingChecks } from './checks/escaping-checks.ts';
import { guideChecks } from './checks/guide-checks.ts';
import { indexChecks } from './checks/index-checks.ts';
import { lifecycleChecks } from './checks/lifecycle-checks.ts';
import { pagesChecks } from './checks/pages-checks.ts';
import { searchChecks } from './checks/search-checks.ts';

/** The embedded sample (sample/README.md says what each of these kfuncs exercises). */
export function sampleChecks(site: Site): Check[] {
  return [
    ...pagesChecks(site),
    ...indexChecks(site),
    ...lifecycleChecks(site, {
      deprecated: { name: 'bpf_sample_cpu_rq', deprecatedIn: '6.19', removedIn: '7.0' },
      renamed: { from: 'bpf_sample_dispatch', to: 'bpf_sample_dsq_insert' },
      lostFlag: { flag: 'KF_TRUSTED_ARGS', preferred: ['bpf_sample_task_acquire'] },
      undefinedFlag: 'KF_DEPRECATED',
    }),
    ...escapingChecks(site, 'bpf_sample_comm_match'),
    ...guideChecks(site),
    ...searchChecks(site, ['bpf_sample_ct_lookup']),
    ...a11yChecks(site, ['bpf_sample_cpu_rq', 'bpf_sample_ct_lookup']),
  ];
}

/** The site from the real 6.1, 6.12, 7.2 and 7.3 trees: what issue 4 ("Must show") lists. */
export function realTreeChecks(site: Site): Check[] {
  return [
    // 352: the kfuncs 7.3 registers outside tools/ (issue 4; a BTF_ID_FLAGS grep agrees once
    // fmodret sets and the xdp.c X-macro are accounted for).
    ...pagesChecks(site, 352),
    ...indexChecks(site),
    ...lifecycleChecks(site, {
      deprecated: { name: 'scx_bpf_cpu_rq', deprecatedIn: '7.2', removedIn: '7.3' },
      renamed: { from: 'scx_bpf_dispatch', to: 'scx_bpf_dsq_insert' },
      lostFlag: { flag: 'KF_TRUSTED_ARGS', preferred: ['bpf_task_acquire', 'bpf_cpumask_acquire'] },
      undefinedFlag: 'KF_DEPRECATED',
    }),
    ...guideChecks(site),
    ...searchChecks(site, ['bpf_task_acquire', 'bpf_cpumask_acquire']),
    ...a11yChecks(site, ['scx_bpf_cpu_rq', 'bpf_cpumask_acquire']),
  ];
}
