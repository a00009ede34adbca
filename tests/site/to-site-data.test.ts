import { describe, it, expect } from 'vitest';
import { toSiteData } from '../../src/integration/to-site-data.ts';
import { collectionEntries } from '../../src/integration/graph-loader.ts';
import { parseSiteConfig } from '../../src/config/site-config-schema.ts';
import { smallGraph } from './small-graph.ts';

const config = parseSiteConfig({ base: '/kd/' }, 'test');
const data = toSiteData(smallGraph, config);
const kfunc = (name: string) => data.kfuncs.find((k) => k.name === name)!;

describe('toSiteData: kfunc entries', () => {
  it('keeps a page for a renamed kfunc, pointing at its successor', () => {
    const k = kfunc('bpf_sample_dispatch');
    expect(k.status).toBe('renamed');
    expect(k.badge).toEqual({ tone: 'renamed', text: 'renamed to bpf_sample_dsq_insert in 6.19', short: 'renamed 6.19' });
    expect(k.version).toBe('6.19');
    expect(k.renamedTo).toEqual({ name: 'bpf_sample_dsq_insert', version: '6.19' });
    expect(k.deprecation).toMatchObject({ since: '6.19', replacement: 'bpf_sample_dsq_insert', removedIn: '7.0' });
    expect(kfunc('bpf_sample_dsq_insert').renamedFrom).toEqual({ name: 'bpf_sample_dispatch', version: '6.19' });
  });

  it('says deprecated with the normalised deadline', () => {
    expect(kfunc('bpf_sample_cpu_rq').badge).toEqual({ tone: 'deprecated', text: 'deprecated since 6.19 — removal planned in 7.0', short: 'deprecated' });
  });

  it('shows a retired flag as a change on the timeline with its explanation and evidence link', () => {
    const k = kfunc('bpf_sample_task_acquire');
    expect(k.badge).toEqual({ tone: 'changed', text: 'changed in 7.0', short: 'changed' });
    const cell = k.timeline.find((c) => c.version === '7.0')!;
    expect(cell.events).toEqual([
      {
        kind: 'flags-changed',
        text: 'flags: −KF_TRUSTED_ARGS',
        detail: 'flag retired in 7.0',
        when: 'between 6.19 and 7.0',
        evidence: [{ file: 'include/linux/btf.h', line: 15, version: '6.19', text: '#define KF_TRUSTED_ARGS', url: 'https://elixir.bootlin.com/linux/v6.19/source/include/linux/btf.h#L15' }],
      },
    ]);
    expect(k.timeline.map((c) => c.present)).toEqual([true, true, true]);
  });

  it('renders kernel-doc escaped, with kfunc links under the base', () => {
    const k = kfunc('bpf_sample_task_acquire');
    expect(k.version).toBe('7.0');
    expect(k.descriptionHtml).toBe('<p>Rendered &#x3C;script>alert(1)&#x3C;/script> as text.</p>');
    expect(k.params[0].html).toContain('<a class="kd-kfunc" href="/kd/kfuncs/bpf_sample_dsq_insert/">');
    expect(k.returnsHtml).toBe('<p><strong class="kd-param">p</strong>, or <code class="kd-const">NULL</code>.</p>');
  });

  it('shows BPF_PROG_TYPE_UNSPEC as "all" and marks test kfuncs', () => {
    expect(kfunc('bpf_sample_task_acquire').programTypes).toEqual(['all']);
    expect(kfunc('bpf_kfunc_call_test_sample')).toMatchObject({ testOnly: true, programTypes: ['SCHED_CLS'], badge: { tone: 'new', text: 'new in 7.0', short: 'new' } });
  });
});

describe('toSiteData: flags, versions, notices, overview', () => {
  it('gives a page to a flag that is only named by a diagnostic, saying it is undefined', () => {
    const f = data.flags.find((x) => x.name === 'KF_DEPRECATED')!;
    expect(f).toMatchObject({ undefined: true, introducedIn: null, kfuncs: [] });
    expect(f.diagnostics.map((d) => d.code)).toEqual(['flag-documented-not-defined']);
    expect(data.flags.find((x) => x.name === 'KF_TRUSTED_ARGS')).toMatchObject({ retiredIn: '7.0', introducedIn: '6.18' });
  });

  it('lists what changed in each version', () => {
    const v = data.versions.find((x) => x.version === '7.0')!;
    expect(v).toMatchObject({
      previous: '6.19',
      added: ['bpf_kfunc_call_test_sample'],
      removed: ['bpf_sample_dispatch'],
      flagsRetired: ['KF_TRUSTED_ARGS'],
      flagsChanged: [{ name: 'bpf_sample_task_acquire', added: [], removed: ['KF_TRUSTED_ARGS'] }],
    });
    expect(data.versions.find((x) => x.version === '6.19')!.renamed).toEqual([{ from: 'bpf_sample_dispatch', to: 'bpf_sample_dsq_insert' }]);
  });

  it('lists guide sections renumbered since the previous version, linked by their stable id', () => {
    expect(data.versions.find((x) => x.version === '6.19')!.sectionsRenumbered).toEqual([
      { path: 'Documentation/bpf/kfuncs.rst', title: 'Registering a kfunc set', from: '2.2', to: '2.3', href: 'https://docs.kernel.org/bpf/kfuncs.html#registering-a-kfunc-set' },
    ]);
    expect(data.versions.find((x) => x.version === '7.0')!.sectionsRenumbered).toEqual([]);
  });

  it('links a kfunc to the guide sections of the newest version that mention it', () => {
    expect(kfunc('bpf_sample_dsq_insert').mentions).toEqual([
      {
        path: 'Documentation/bpf/kfuncs.rst',
        section: 'Registering a kfunc set',
        number: '2.3',
        href: 'https://docs.kernel.org/bpf/kfuncs.html#registering-a-kfunc-set',
        source: { file: 'Documentation/bpf/kfuncs.rst', line: 70, version: '7.0', url: 'https://elixir.bootlin.com/linux/v7.0/source/Documentation/bpf/kfuncs.rst#L70' },
      },
    ]);
  });

  it('makes one notice per deprecated kfunc, past due when the deadline version is covered', () => {
    expect(data.notices.map((n) => [n.kfunc, n.removalPlanned, n.removedIn, n.pastDue])).toEqual([
      ['bpf_sample_cpu_rq', '7.0', undefined, true],
      ['bpf_sample_dispatch', undefined, '7.0', false],
    ]);
  });

  it('maps every collection to entries keyed by their URL segment', () => {
    expect(collectionEntries(data, 'kfuncs').map(([id]) => id)).toContain('bpf_sample_dispatch');
    expect(collectionEntries(data, 'versions').map(([id]) => id)).toEqual(['6.18', '6.19', '7.0']);
    expect(collectionEntries(data, 'meta').map(([id]) => id)).toEqual(['overview', 'graph', 'site']);
    expect(JSON.parse(String(collectionEntries(data, 'meta')[1][1].json)).schemaVersion).toBe(1);
    expect(data.overview.counts).toEqual({ kfuncs: 4, current: 3, testOnly: 1, flags: 2, deprecated: 1, removed: 1, checks: 1 });
  });
});

describe('toSiteData: details', () => {
  it('marks parameters the verifier supplies and does not repeat evidence as detail', () => {
    const base = smallGraph.kfuncs[0].versions['7.0'];
    const graph = {
      ...smallGraph,
      kfuncs: [
        {
          name: 'bpf_runs',
          testOnly: false,
          versions: {
            '7.0': {
              ...base,
              flags: ['KF_IMPLICIT_ARGS'],
              definition: { file: 'k.c', line: 3, signature: 'u64 bpf_runs(u32 idx, const struct bpf_prog_aux *aux)' },
              bpfDeclaration: 'extern u64 bpf_runs(u32 idx) __ksym __weak;',
              doc: { ...base.doc!, params: [{ name: 'idx', description: 'Index.' }, { name: 'aux', description: 'Program.' }] },
            },
          },
          lifecycle: [
            {
              version: '7.0',
              kind: 'deprecated' as const,
              detail: 'kernel-doc: Deprecated, use bpf_x()',
              evidence: [{ file: 'k.c', line: 1, version: '7.0', text: 'kernel-doc: Deprecated, use bpf_x()' }],
            },
          ],
        },
      ],
    };
    const k = toSiteData(graph, config).kfuncs[0];
    expect(k.params.map((p) => [p.name, Boolean(p.implicit)])).toEqual([
      ['idx', false],
      ['aux', true],
    ]);
    expect(k.timeline.at(-1)!.events[0].detail).toBeUndefined();
  });
});

describe('toSiteData: hand-written notes', () => {
  const note = (kfunc: string, deprecation?: { since: string; removal?: string }) => ({
    id: kfunc,
    kfunc,
    file: `content/kfuncs/${kfunc}.md`,
    ...(deprecation ? { deprecation: { ...deprecation, links: [{ messageId: 'x@y' }] } } : {}),
    html: `<p>About ${kfunc}.</p>`,
  });
  const withNotes = toSiteData(smallGraph, config, {
    notes: [note('bpf_sample_task_acquire', { since: '7.0', removal: '7.2' }), note('bpf_sample_cpu_rq', { since: '6.18' }), note('bpf_not_in_the_graph', { since: '7.0' })],
  });
  const entry = (name: string) => withNotes.kfuncs.find((k) => k.name === name)!;

  it('puts each note on its kfunc page', () => {
    expect(entry('bpf_sample_task_acquire').note).toEqual({ file: 'content/kfuncs/bpf_sample_task_acquire.md', html: '<p>About bpf_sample_task_acquire.</p>' });
    expect(entry('bpf_sample_dsq_insert').note).toBeUndefined();
  });

  it("adds the notices only a note gives; the source's own notice wins, and a note about no kfunc of the graph gives none", () => {
    const notice = (name: string) => withNotes.notices.filter((n) => n.kfunc === name);
    expect(notice('bpf_sample_task_acquire')).toMatchObject([{ since: '7.0', removalPlanned: '7.2', note: { file: 'content/kfuncs/bpf_sample_task_acquire.md', links: [{ url: 'https://lore.kernel.org/r/x@y' }] } }]);
    expect(notice('bpf_sample_cpu_rq')).toEqual(data.notices.filter((n) => n.kfunc === 'bpf_sample_cpu_rq'));
    expect(notice('bpf_not_in_the_graph')).toEqual([]);
    expect(withNotes.notices.length).toBe(data.notices.length + 1);
  });
});
