/** The site with rendered guides: links into /docs/ instead of docs.kernel.org, the guides collection. */
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/site-config-schema.ts';
import type { ContentGraph, GraphKfunc } from '../../src/graph/types.ts';
import { collectionEntries } from '../../src/integration/graph-loader.ts';
import { guideHrefs, guideId, guidePageHref } from '../../src/integration/guide-hrefs.ts';
import { sectionAnchor } from '../../src/integration/guide-sections.ts';
import { toSiteData } from '../../src/integration/to-site-data.ts';
import type { RenderedGuide } from '../../src/pipeline/render-guides.ts';
import { smallGraph } from './small-graph.ts';

const config = parseSiteConfig({ base: '/kd/' }, 'test');
const R = 'Documentation/bpf/kfuncs.rst';

/** kfuncs.rst of 7.0 gains a flag section; a kfunc with annotated parameters and call sites. */
const newest = smallGraph.documents.find((d) => d.version === '7.0')!;
const acquire = smallGraph.kfuncs.find((k) => k.name === 'bpf_sample_task_acquire')!;
const annotated: GraphKfunc = {
  ...acquire,
  name: 'bpf_sample_fill',
  versions: {
    '7.0': {
      ...acquire.versions['7.0'],
      doc: { name: 'bpf_sample_fill', summary: 'Fill a buffer', params: [{ name: 'buf__sz', description: 'Its size.' }, { name: 'opts__nullable', description: 'Options.' }], returns: null, sections: [], description: '', file: 'kernel/bpf/x.c', line: 3 },
      usedIn: [
        { file: 'tools/testing/selftests/bpf/progs/fill.c', line: 9, text: 'extern int bpf_sample_fill(void *buf, u32 buf__sz) __ksym;' },
        { file: 'tools/testing/selftests/bpf/progs/fill.c', line: 30, text: 'err = bpf_sample_fill(buf, sizeof(buf), NULL);' },
      ],
    },
  },
  lifecycle: [{ version: '7.0', kind: 'introduced', after: '6.19', evidence: [] }],
};
const graph: ContentGraph = {
  ...smallGraph,
  kfuncs: [...smallGraph.kfuncs, annotated],
  documents: [
    ...smallGraph.documents.filter((d) => d !== newest),
    { ...newest, sections: [...newest.sections, { number: '2.4.1', title: 'KF_ACQUIRE flag', rawTitle: '2.4.1 KF_ACQUIRE flag', id: 'kf-acquire-flag', line: 90, level: 4, labels: [] }] },
  ],
};

const guide: RenderedGuide = {
  path: R,
  version: '7.0',
  title: 'BPF Kernel Functions (kfuncs)',
  html: '<section><h2 id="registering-a-kfunc-set">2.3 Registering a kfunc set</h2><h4 id="nullable-annotation">2.1.3 __nullable</h4><h4 id="kf-acquire-flag">2.4.1 KF_ACQUIRE flag</h4></section>',
  headings: [{ depth: 2, slug: 'registering-a-kfunc-set', text: '2.3 Registering a kfunc set' }],
  sections: [{ id: 'registering-a-kfunc-set', number: '2.3', title: 'Registering a kfunc set', line: 66 }],
  kernelOrgUrl: 'https://docs.kernel.org/bpf/kfuncs.html',
};

const data = toSiteData(graph, config, { guides: [guide] });
const kfunc = (name: string) => data.kfuncs.find((k) => k.name === name)!;

describe('site data with rendered guides', () => {
  it('links mentions and renumbered sections to our guide page and its anchor', () => {
    expect(kfunc('bpf_sample_dsq_insert').mentions.map((m) => m.href)).toEqual(['/kd/docs/bpf/kfuncs/#registering-a-kfunc-set']);
    expect(data.versions.find((v) => v.version === '6.19')!.sectionsRenumbered.map((s) => s.href)).toEqual(['/kd/docs/bpf/kfuncs/#registering-a-kfunc-set']);
  });

  it('links parameter suffixes to the section defining them, or to the page when it has no such anchor', () => {
    expect(kfunc('bpf_sample_fill').params.map((p) => p.suffix?.href)).toEqual(['/kd/docs/bpf/kfuncs/', '/kd/docs/bpf/kfuncs/#nullable-annotation']);
  });

  it('links a flag to the guide section about it, on the kfunc page and the flag page', () => {
    expect(kfunc('bpf_sample_task_acquire').flags).toEqual([
      { name: 'KF_ACQUIRE', meaning: 'acquire', guide: { path: R, number: '2.4.1', title: 'KF_ACQUIRE flag', href: '/kd/docs/bpf/kfuncs/#kf-acquire-flag' } },
    ]);
    expect(data.flags.find((f) => f.name === 'KF_ACQUIRE')!.guide?.href).toBe('/kd/docs/bpf/kfuncs/#kf-acquire-flag');
    expect(data.flags.find((f) => f.name === 'KF_RCU')!.guide).toBeUndefined();
  });

  it('shows call sites, not the extern declarations, as "used in"', () => {
    expect(kfunc('bpf_sample_fill').usedIn).toEqual([
      {
        text: 'err = bpf_sample_fill(buf, sizeof(buf), NULL);',
        source: { file: 'tools/testing/selftests/bpf/progs/fill.c', line: 30, version: '7.0', url: 'https://elixir.bootlin.com/linux/v7.0/source/tools/testing/selftests/bpf/progs/fill.c#L30' },
      },
    ]);
  });

  it('stores each guide with its HTML and headings for render()', () => {
    const [[id, entry, rendered]] = collectionEntries(data, 'guides');
    expect(id).toBe('bpf/kfuncs');
    expect(entry).toMatchObject({ path: R, title: 'BPF Kernel Functions (kfuncs)', kernelOrgUrl: 'https://docs.kernel.org/bpf/kfuncs.html' });
    expect(entry.source).toMatchObject({ url: 'https://elixir.bootlin.com/linux/v7.0/source/Documentation/bpf/kfuncs.rst#L1' });
    expect(rendered).toEqual({ html: guide.html, metadata: { headings: guide.headings } });
  });

  it('keeps docs.kernel.org for a guide this site does not render', () => {
    const bare = toSiteData(graph, config);
    expect(bare.guides).toEqual([]);
    expect(bare.flags.find((f) => f.name === 'KF_ACQUIRE')!.guide?.href).toBe('https://docs.kernel.org/bpf/kfuncs.html#kf-acquire-flag');
  });
});

describe('guide URLs', () => {
  it('anchors a section where its permalink points: its id, or its label when docutils made the id up', () => {
    expect(sectionAnchor({ id: 'kf-acquire-flag', labels: ['bpf_kfunc_acquire'] })).toBe('kf-acquire-flag');
    expect(sectionAnchor({ id: 'id1', labels: ['kf_deprecated_flag'] })).toBe('kf-deprecated-flag');
    expect(sectionAnchor({ id: 'id2', labels: [] })).toBe('id2');
  });

  it('keeps the path of the document in the tree', () => {
    expect(guideId('Documentation/bpf/libbpf/libbpf_overview.rst')).toBe('bpf/libbpf/libbpf_overview');
    expect(guidePageHref('/', R, 'kf-acquire-flag')).toBe('/docs/bpf/kfuncs/#kf-acquire-flag');
    const hrefs = guideHrefs(config, graph);
    expect([hrefs.kfunc('bpf_x'), hrefs.doc(R), hrefs.source('include/linux/btf.h')]).toEqual([
      '/kd/kfuncs/bpf_x/',
      '/kd/docs/bpf/kfuncs/',
      'https://elixir.bootlin.com/linux/v7.0/source/include/linux/btf.h#L1',
    ]);
  });
});
