/** The preview server's /preview/ page and banner data: the report, linked into the patched site. */
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/site-config-schema.ts';
import { collectionEntries } from '../../src/integration/graph-loader.ts';
import { toSiteData } from '../../src/integration/to-site-data.ts';
import type { RenderedGuide } from '../../src/pipeline/render-guides.ts';
import { PREVIEW_SCHEMA, type PreviewReport, type SectionInfo } from '../../src/preview/preview-report.ts';
import { smallGraph } from './small-graph.ts';

const config = parseSiteConfig({ base: '/kd/' }, 'test');
const R = 'Documentation/bpf/kfuncs.rst';
const section = (number: string, title: string, anchor: string, line: number, labels: string[] = []): SectionInfo => ({ number, title, anchor, line, labels });

const report: PreviewReport = {
  schema: PREVIEW_SCHEMA,
  patch: { source: 'x.eml', subject: '[PATCH] docs: checking arguments', messageId: '1.2@example.org', author: 'Ada Sample <ada@example.org>', date: '2026-01-06T09:30:00.000Z', patches: 1, quoteDepth: 0, files: [{ file: R, status: 'modified', hunks: [{ hunk: 1, method: 'exact', offset: 0, fuzz: 0, at: 56 }] }], notes: [] },
  tree: { label: 'sample/linux-7.0', version: '7.0', hasSources: true },
  site: 'https://kfuncdoc.invalid/kd',
  documents: [
    {
      path: R,
      status: 'modified',
      renumbered: [{ old: section('2.3', 'Registering a kfunc set', 'registering-a-kfunc-set', 59), new: section('2.4', 'Registering a kfunc set', 'registering-a-kfunc-set', 67) }],
      renamed: [],
      moved: [],
      added: [section('2.3', 'Checking arguments', 'bpf-kfunc-argument-checks', 61, ['BPF_kfunc_argument_checks'])],
      removed: [],
      labelsAdded: [{ name: 'BPF_kfunc_argument_checks', line: 59, section: { number: '2.3', title: 'Checking arguments' }, references: 0, resolved: 0 }],
      labelsLost: [],
      anchorsLost: [],
    },
  ],
  references: { added: [{ path: R, line: 64, role: 'ref', target: 'BPF_kfunc_parameter_annotations', resolvesTo: { path: R, anchor: 'registering-a-kfunc-set', section: '2.4 Registering a kfunc set' } }], broken: [], fixed: [], removed: 0 },
  kfuncs: [{ name: 'bpf_sample_task_acquire', kind: 'changed', file: 'kernel/bpf/sample_kfuncs.c', line: 120, changes: [{ field: 'flags', before: ['KF_ACQUIRE'], after: [], removed: ['KF_ACQUIRE'], added: [] }], permalink: 'https://kfuncdoc.invalid/kd/kfuncs/bpf_sample_task_acquire/' }],
  flags: [{ name: 'KF_ACQUIRE', kind: 'undocumented', where: { file: R, line: 90, section: '2.4.1 KF_ACQUIRE flag' }, counterpart: true, permalink: 'https://kfuncdoc.invalid/kd/flags/KF_ACQUIRE/' }],
  diagnostics: { introduced: [{ code: 'rst-label-unused', severity: 'info', file: R, line: 59, column: 1, message: 'label BPF_kfunc_argument_checks is not referenced' }], resolved: [] },
  skipped: [],
};

const guide: RenderedGuide = {
  path: R,
  version: '7.0',
  title: 'BPF Kernel Functions (kfuncs)',
  html: '<section><span id="bpf-kfunc-argument-checks"></span><h2 id="checking-arguments">2.3 Checking arguments</h2><h2 id="registering-a-kfunc-set">2.4 Registering a kfunc set</h2></section>',
  headings: [],
  sections: [],
  kernelOrgUrl: 'https://docs.kernel.org/bpf/kfuncs.html',
};

const data = toSiteData(smallGraph, config, { guides: [guide], preview: report });
const view = data.preview!;

describe('the preview view', () => {
  it('is part of the site data only on a preview server, never a collection entry', () => {
    expect(data.preview).toBeDefined();
    const plain = toSiteData(smallGraph, config, { guides: [guide] });
    expect(plain.preview).toBeUndefined();
    // A preview server's pages read it from the data its process mapped (preview-handoff.ts).
    expect(collectionEntries(data, 'meta').map(([id]) => id)).toEqual(['overview', 'graph', 'site']);
  });

  it('names the patch and keeps the text report to paste', () => {
    expect(view.subject).toBe('[PATCH] docs: checking arguments');
    expect(view.messageUrl).toBe('https://lore.kernel.org/r/1.2@example.org');
    expect(view.header[0]).toBe('  From: Ada Sample <ada@example.org>, 2026-01-06');
    expect(view.text).toContain('2.3  -> 2.4  Registering a kfunc set');
  });

  it('links each changed section to its anchor on the patched guide page', () => {
    const groups = view.documents[0].groups;
    expect(groups.map((g) => g.title)).toEqual(['Sections renumbered', 'Sections added', 'Labels added']);
    expect(groups[0].rows[0]).toEqual([{ text: '2.3 → 2.4' }, { text: 'Registering a kfunc set', href: '/kd/docs/bpf/kfuncs/#registering-a-kfunc-set' }]);
    expect(groups[1].rows[0][0]).toEqual({ text: '2.3 Checking arguments', href: '/kd/docs/bpf/kfuncs/#bpf-kfunc-argument-checks' });
    expect(groups[2].rows[0][1]).toEqual({ text: '2.3 Checking arguments', href: '/kd/docs/bpf/kfuncs/#bpf-kfunc-argument-checks' });
    expect(view.references[0].rows[0][2]).toEqual({ text: '→ 2.4 Registering a kfunc set', href: '/kd/docs/bpf/kfuncs/#registering-a-kfunc-set' });
  });

  it('links kfuncs and flags, and keeps the findings', () => {
    expect(view.kfuncs).toEqual([{ name: 'bpf_sample_task_acquire', head: 'changed bpf_sample_task_acquire', href: '/kd/kfuncs/bpf_sample_task_acquire/', details: ['flags: -KF_ACQUIRE'], notice: null }]);
    expect(view.flags).toEqual([{ name: 'KF_ACQUIRE', text: 'no longer documented (was "2.4.1 KF_ACQUIRE flag" (Documentation/bpf/kfuncs.rst:90)); still defined in include/linux/btf.h', href: '/kd/flags/KF_ACQUIRE/' }]);
    expect(view.diagnostics.introduced.map((d) => d.code)).toEqual(['rst-label-unused']);
  });

  it('says which sections to mark on the guide and what changed on each page (site paths, without the base)', () => {
    expect(view.changedAnchors).toEqual({ [R]: ['bpf-kfunc-argument-checks', 'registering-a-kfunc-set'] });
    expect(view.changedPages).toEqual({
      '/docs/bpf/kfuncs/': ['1 section renumbered, 1 section added, 1 label added'],
      '/kfuncs/bpf_sample_task_acquire/': ['changed bpf_sample_task_acquire; flags: -KF_ACQUIRE'],
      '/flags/KF_ACQUIRE/': ['no longer documented (was "2.4.1 KF_ACQUIRE flag" (Documentation/bpf/kfuncs.rst:90)); still defined in include/linux/btf.h'],
    });
  });

  it('leaves the kfuncs out when the tree had no C sources', () => {
    const docsOnly = toSiteData(smallGraph, config, { guides: [guide], preview: { ...report, tree: { ...report.tree, hasSources: false }, skipped: ['no C sources'] } }).preview!;
    expect(docsOnly.kfuncs).toBeNull();
    expect(docsOnly.skipped).toEqual(['no C sources']);
  });
});
