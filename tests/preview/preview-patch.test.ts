/** previewPatch on the embedded sample trees: the patch from one sample version to the next. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMessages } from '../../src/patches/index.ts';
import { linksFromReport } from '../../src/preview/patch-links.ts';
import { permalinks } from '../../src/preview/permalinks.ts';
import { previewPatch, SKIPPED_NO_SOURCES, type PreviewOutcome } from '../../src/preview/preview-patch.ts';
import type { PreviewReport } from '../../src/preview/preview-report.ts';
import { memoryTree } from '../../src/sources/memory-tree.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';
import { SAMPLE, samplePatch, treeFingerprint } from './helpers.ts';

const links = permalinks('https://kfuncs.example.org', '/ref/');
const preview = async (tree: string, patch: string): Promise<PreviewOutcome> => {
  const opened = await openKernelTree(path.join(SAMPLE, tree));
  const { messages } = await readMessages(Buffer.from(patch), 'sample.patch');
  return previewPatch(opened, messages, 'sample.patch', { links });
};
const ok = (o: PreviewOutcome): PreviewReport => {
  if (!o.ok) throw new Error(`did not apply: ${o.diagnostics.map((d) => d.message).join('; ')}`);
  return o.report;
};

describe('previewing the sample 6.18 → 6.19 patch on 6.18', () => {
  let report: PreviewReport;
  let patched: Map<string, string | null>;
  let outcome: PreviewOutcome;
  let fingerprints: string[];
  beforeAll(async () => {
    const before = treeFingerprint(path.join(SAMPLE, 'linux-6.18'));
    outcome = await preview('linux-6.18', samplePatch('linux-6.18', 'linux-6.19'));
    report = ok(outcome);
    patched = outcome.ok ? outcome.patched : new Map();
    fingerprints = [before, treeFingerprint(path.join(SAMPLE, 'linux-6.18'))];
  });
  const kfunc = (name: string) => report.kfuncs.find((k) => k.name === name);

  it('leaves the tree on disk as it was', () => expect(fingerprints[1]).toBe(fingerprints[0]));

  it('finds the kfuncs added, each with the deprecated kfunc it replaces', () => {
    expect(report.kfuncs.filter((k) => k.kind === 'added').map((k) => [k.name, k.replaces])).toEqual([
      ['bpf_sample_cpu_curr', 'bpf_sample_cpu_rq'],
      ['bpf_sample_dsq_insert', 'bpf_sample_dispatch'],
    ]);
  });

  it('finds flags and program types changed', () => {
    expect(kfunc('bpf_sample_map_sum')!.changes).toEqual([{ field: 'flags', before: ['KF_RCU'], after: ['KF_RCU', 'KF_SLEEPABLE'], added: ['KF_SLEEPABLE'], removed: [] }]);
    expect(kfunc('bpf_sample_ct_lookup')!.changes[0]).toMatchObject({ field: 'programTypes', added: ['BPF_PROG_TYPE_SCHED_CLS'], removed: [] });
  });

  it('gives a deprecation its deadline, normalised (v6.20 is 7.0), and the notice permalink', () => {
    expect(kfunc('bpf_sample_cpu_rq')!.deprecation).toMatchObject({
      deadlineText: 'v6.20',
      removalPlanned: '7.0',
      replacement: 'bpf_sample_cpu_curr',
      permalink: 'https://kfuncs.example.org/ref/kfuncs/bpf_sample_cpu_rq/#deprecation',
    });
    expect(kfunc('bpf_sample_cpu_curr')!.permalink).toBe('https://kfuncs.example.org/ref/kfuncs/bpf_sample_cpu_curr/');
  });

  it('reports the guide renumbering', () => {
    const [doc] = report.documents;
    expect(doc.renumbered.map((c) => `${c.old.number} -> ${c.new.number} ${c.new.title}`)).toEqual(['2.2 -> 2.3 Registering a kfunc set']);
    expect(doc.added.map((s) => `${s.number} ${s.title}`)).toEqual(['2.2 Wrapping an existing kernel function']);
  });

  it('hands back the patched text of every touched file', () => {
    expect([...patched.keys()].sort()).toEqual(report.patch.files.map((f) => f.file).sort());
    expect(patched.get('tools/sched_ext/include/scx/compat.bpf.h')).toMatch(/will be removed in v6\.20/);
  });

  it('hands back the patched tree it built from, for the site of --serve to build again', async () => {
    if (!outcome.ok) throw new Error('did not apply');
    expect(outcome.tree.overlay?.changes).toEqual(patched);
    expect(await outcome.tree.readFile('tools/sched_ext/include/scx/compat.bpf.h')).toBe(patched.get('tools/sched_ext/include/scx/compat.bpf.h'));
  });

  it('gives the Link: lines to cite: the two deprecation notices', () => {
    expect(linksFromReport(report, links).map((l) => l.url)).toEqual([
      'https://kfuncs.example.org/ref/kfuncs/bpf_sample_cpu_rq/#deprecation',
      'https://kfuncs.example.org/ref/kfuncs/bpf_sample_dispatch/#deprecation',
    ]);
  });
});

describe('previewing the sample 6.19 → 7.0 patch on 6.19', () => {
  let report: PreviewReport;
  beforeAll(async () => {
    report = ok(await preview('linux-6.19', samplePatch('linux-6.19', 'linux-7.0')));
  });

  it('finds kfuncs removed and a signature changed', () => {
    expect(report.kfuncs.filter((k) => k.kind === 'removed').map((k) => k.name)).toEqual(['bpf_sample_cpu_rq', 'bpf_sample_dispatch']);
    const ct = report.kfuncs.find((k) => k.name === 'bpf_sample_ct_lookup')!;
    expect(ct.changes.find((c) => c.field === 'signature')!.after).toMatch(/opts__nullable\)$/);
  });

  it('sees a flag retired from btf.h and its section removed, and a new flag defined and documented', () => {
    expect(report.flags.map((f) => `${f.name} ${f.kind}`)).toEqual(['KF_IMPLICIT_ARGS documented', 'KF_IMPLICIT_ARGS defined', 'KF_TRUSTED_ARGS undocumented', 'KF_TRUSTED_ARGS undefined']);
  });

  it('reports the findings the patch introduces: a kernel-doc directive naming a removed kfunc', () => {
    expect(report.diagnostics.introduced.map((d) => d.code)).toEqual(['doc-kernel-doc-missing']);
  });
});

describe('a patch that does not apply', () => {
  it('fails as a whole, naming the hunk, the expected and the found lines', async () => {
    const outcome = await preview('linux-6.19', samplePatch('linux-6.18', 'linux-6.19'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failures.length).toBeGreaterThan(0);
    const f = outcome.failures[0];
    expect(f.expected.length).toBeGreaterThan(0);
    expect(f.found).not.toEqual(f.expected);
    expect(outcome.diagnostics.some((d) => d.code === 'patch-hunk-failed' || d.code === 'patch-file-exists')).toBe(true);
  });
});

describe('a tree holding only the guide', () => {
  const rst = ['=====', 'Guide', '=====', '', '1. One', '======', '', 'Text.', ''].join('\n');
  const patch = [
    '--- a/Documentation/bpf/kfuncs.rst',
    '+++ b/Documentation/bpf/kfuncs.rst',
    '@@ -3,6 +3,11 @@',
    ' =====',
    ' ',
    '+1. Zero',
    '+=======',
    '+',
    '+Before.',
    '+',
    '-1. One',
    '-======',
    '+2. One',
    '+======',
    ' ',
    ' Text.',
    '',
  ].join('\n');

  it('previews the guide and says once that the checks needing C were skipped', async () => {
    const tree = memoryTree({ 'Documentation/bpf/kfuncs.rst': rst });
    const { messages } = await readMessages(Buffer.from(patch), 'p.diff');
    const outcome = await previewPatch({ tree, version: '0.0', release: '0.0', source: 'memory' }, messages, 'p.diff', { links, hideVersion: true });
    const report = ok(outcome);
    expect(report.tree).toEqual({ label: 'memory', version: null, hasSources: false });
    expect(report.skipped).toEqual([SKIPPED_NO_SOURCES]);
    expect(report.kfuncs).toEqual([]);
    expect(report.documents[0].renumbered.map((c) => `${c.old.number} -> ${c.new.number}`)).toEqual(['1. -> 2.']);
    expect(JSON.stringify(report)).not.toContain('0.0');
  });
});

describe('input without a patch', () => {
  it('is an input error that says why', async () => {
    const cover = ['From: A <a@example.org>', 'Subject: [PATCH 0/2] Things', 'Message-ID: <1@example.org>', '', 'Two patches follow.', ''].join('\n');
    const { messages } = await readMessages(Buffer.from(cover), 'cover.eml');
    const opened = await openKernelTree(path.join(SAMPLE, 'linux-6.18'));
    await expect(previewPatch(opened, messages, 'cover.eml', { links })).rejects.toThrow(/"\[PATCH 0\/2\] Things": no patch in this message/);
  });
});
