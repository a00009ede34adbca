/**
 * A small content graph in the shape the pipeline writes: three versions, a rename with a
 * deprecated wrapper, a deprecation with a deadline, a retired flag, a test kfunc.
 */
import type { ContentGraph, GraphDocument, GraphKfunc, KfuncVersion } from '../../src/graph/types.ts';

const C = 'kernel/bpf/sample_kfuncs.c';

function version(flags: string[], extra: Partial<KfuncVersion> = {}): KfuncVersion {
  return {
    flags,
    programTypes: ['BPF_PROG_TYPE_UNSPEC'],
    registrations: [{ set: 'sample_common_kfunc_ids', file: C, line: 130, flags, conditions: [], programTypes: ['BPF_PROG_TYPE_UNSPEC'], idSets: ['sample_common_kfunc_set'] }],
    conditions: [],
    file: C,
    line: 130,
    definition: { file: C, line: 20, signature: 'struct task_struct *bpf_x(struct task_struct *p);' },
    bpfDeclaration: 'extern struct task_struct *bpf_x(struct task_struct *p) __ksym __weak;',
    doc: null,
    deprecations: [],
    ...extra,
  };
}

const acquire: GraphKfunc = {
  name: 'bpf_sample_task_acquire',
  testOnly: false,
  versions: {
    '6.18': version(['KF_ACQUIRE', 'KF_TRUSTED_ARGS']),
    '6.19': version(['KF_ACQUIRE', 'KF_TRUSTED_ARGS']),
    '7.0': version(['KF_ACQUIRE'], {
      doc: { name: 'bpf_sample_task_acquire', summary: 'Take a reference on a task', params: [{ name: 'p', description: 'The task, see bpf_sample_dsq_insert().' }], returns: '@p, or %NULL.', sections: [], description: 'Rendered <script>alert(1)</script> as text.', file: C, line: 12 },
    }),
  },
  lifecycle: [
    { version: '6.18', kind: 'introduced', atOrBefore: true, evidence: [{ file: C, line: 130, version: '6.18', text: 'BTF_ID_FLAGS entry' }] },
    { version: '7.0', after: '6.19', kind: 'flags-changed', removed: ['KF_TRUSTED_ARGS'], detail: 'flag retired in 7.0', evidence: [{ file: 'include/linux/btf.h', line: 15, version: '6.19', text: '#define KF_TRUSTED_ARGS' }] },
  ],
};

const dispatch: GraphKfunc = {
  name: 'bpf_sample_dispatch',
  testOnly: false,
  versions: { '6.18': version(['KF_RCU']), '6.19': version(['KF_RCU']) },
  lifecycle: [
    { version: '6.18', kind: 'introduced', atOrBefore: true, evidence: [] },
    { version: '6.19', after: '6.18', kind: 'deprecated', to: 'bpf_sample_dsq_insert', evidence: [{ file: C, line: 99, version: '6.19', text: 'printk_deferred("… is deprecated …")' }] },
    { version: '6.19', after: '6.18', kind: 'renamed', to: 'bpf_sample_dsq_insert', evidence: [] },
    { version: '7.0', after: '6.19', kind: 'removed', evidence: [] },
  ],
};

const insert: GraphKfunc = {
  name: 'bpf_sample_dsq_insert',
  testOnly: false,
  versions: { '6.19': version(['KF_RCU']), '7.0': version(['KF_RCU']) },
  lifecycle: [{ version: '6.19', after: '6.18', kind: 'introduced', from: 'bpf_sample_dispatch', evidence: [] }],
};

const cpuRq: GraphKfunc = {
  name: 'bpf_sample_cpu_rq',
  testOnly: false,
  versions: { '6.18': version([]), '6.19': version([]), '7.0': version([]) },
  lifecycle: [
    { version: '6.18', kind: 'introduced', atOrBefore: true, evidence: [] },
    { version: '6.19', after: '6.18', kind: 'deprecated', removalPlanned: '7.0', evidence: [{ file: 'tools/sample/include/compat.bpf.h', line: 8, version: '6.19', text: 'will be removed in v6.20' }] },
  ],
};

const testKfunc: GraphKfunc = {
  name: 'bpf_kfunc_call_test_sample',
  testOnly: true,
  versions: { '7.0': { ...version([]), programTypes: ['BPF_PROG_TYPE_SCHED_CLS'] } },
  lifecycle: [{ version: '7.0', after: '6.19', kind: 'introduced', evidence: [] }],
};

const flag = (bit: number, comment: string) => ({ bit, value: `(1 << ${bit})`, comment, file: 'include/linux/btf.h', line: 10 + bit });

const R = 'Documentation/bpf/kfuncs.rst';
const section = (number: string, title: string, id: string, line: number) => ({ number, title, rawTitle: `${number} ${title}`, id, line, level: 2, labels: [] });
const guide = (version: string, registering: string, line: number): GraphDocument => ({
  path: R,
  version,
  title: 'BPF Kernel Functions (kfuncs)',
  sections: [section('2.1', 'Annotating kfunc parameters', 'annotating-kfunc-parameters', 20), section(registering, 'Registering a kfunc set', 'registering-a-kfunc-set', line)],
  labels: [],
  references: [],
  kernelDocDirectives: [],
  kfuncMentions: [{ name: 'bpf_sample_dsq_insert', line: line + 4 }],
});

export const smallGraph: ContentGraph = {
  schemaVersion: 1,
  versions: ['6.18', '6.19', '7.0'],
  versionInfo: {
    '6.18': { release: '6.18.3', source: 'sample/linux-6.18' },
    '6.19': { release: '6.19', source: 'sample/linux-6.19' },
    '7.0': { release: '7.0', source: 'sample/linux-7.0' },
  },
  kfuncs: [acquire, dispatch, insert, cpuRq, testKfunc],
  flags: [
    { name: 'KF_ACQUIRE', versions: { '6.18': flag(0, 'acquire'), '6.19': flag(0, 'acquire'), '7.0': flag(0, 'acquire') } },
    { name: 'KF_TRUSTED_ARGS', versions: { '6.18': flag(4, 'trusted'), '6.19': flag(4, 'trusted') }, retiredIn: '7.0' },
    { name: 'KF_RCU', versions: { '6.18': flag(7, 'rcu'), '6.19': flag(7, 'rcu'), '7.0': flag(7, 'rcu') } },
  ],
  documents: [guide('6.18', '2.2', 60), guide('6.19', '2.3', 66), guide('7.0', '2.3', 66)],
  diagnostics: [
    { code: 'flag-documented-not-defined', severity: 'warning', file: 'Documentation/bpf/kfuncs.rst', line: 99, message: 'KF_DEPRECATED is documented but not defined', version: '7.0' },
  ],
};
