/** Mailing-list patches on the site, both ways; short permalinks; `kfuncdoc links` URLs = the site's. */
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/site-config-schema.ts';
import type { ContentGraph, GraphPatch } from '../../src/graph/types.ts';
import { collectionEntries } from '../../src/integration/graph-loader.ts';
import { patchSlug } from '../../src/integration/patch-slug.ts';
import { isShortLinkPage, shortLinks } from '../../src/integration/short-links.ts';
import { toSiteData } from '../../src/integration/to-site-data.ts';
import { withBase } from '../../src/integration/with-base.ts';
import { permalinks } from '../../src/preview/permalinks.ts';
import { smallGraph } from './small-graph.ts';

const config = parseSiteConfig({ base: '/kd/', site: 'https://kfuncs.example.org' }, 'test');
const deprecating: GraphPatch = {
  messageId: '20260105.sample.1@example.org',
  subject: '[PATCH bpf-next v2 2/3] bpf: sample: deprecate bpf_sample_cpu_rq()',
  title: 'bpf: sample: deprecate bpf_sample_cpu_rq()',
  version: 2,
  index: 2,
  total: 3,
  author: { name: 'Ada Sample', email: 'ada@example.org' },
  date: '2026-01-05T10:00:00.000Z',
  source: 'content/patches/cpu-rq.eml',
  files: ['kernel/bpf/sample_kfuncs.c', 'Documentation/bpf/kfuncs.rst'],
  kfuncs: ['bpf_sample_cpu_rq'],
  sections: [{ path: 'Documentation/bpf/kfuncs.rst', id: 'registering-a-kfunc-set', number: '2.3', title: 'Registering a kfunc set' }],
  changes: [
    { subject: 'kfunc', name: 'bpf_sample_cpu_rq', kind: 'deprecated' },
    { subject: 'flag', name: 'KF_WOBBLY', kind: 'removed' },
  ],
};
const older: GraphPatch = { ...deprecating, messageId: 'Y+AUm8@pop-os.localdomain', subject: 'Re: an older one', title: 'an older one', date: '2025-11-01T00:00:00.000Z', changes: [], sections: [], kfuncs: ['bpf_sample_cpu_rq'] };
const cpuRq = smallGraph.kfuncs.find((k) => k.name === 'bpf_sample_cpu_rq')!;
const graph: ContentGraph = {
  ...smallGraph,
  kfuncs: smallGraph.kfuncs.map((k) =>
    k === cpuRq ? { ...k, lifecycle: k.lifecycle.map((e) => (e.kind === 'deprecated' ? { ...e, patch: { messageId: deprecating.messageId, subject: deprecating.subject } } : e)) } : k,
  ),
  patches: [older, deprecating],
};
const data = toSiteData(graph, config);
const kfunc = (name: string) => data.kfuncs.find((k) => k.name === name)!;

describe('patchSlug', () => {
  it('keeps a Message-ID readable, and hashes it when a character had to go', () => {
    expect(patchSlug('<20260105.sample.1@example.org>')).toBe('20260105.sample.1-at-example.org');
    expect(patchSlug('Y+AUm8cikB6m978j@pop-os.localdomain')).toBe('Y-AUm8cikB6m978j-at-pop-os.localdomain-2f145552');
    expect(patchSlug('a+b@x')).not.toBe(patchSlug('a=b@x'));
    expect(patchSlug('.hidden@x')).toMatch(/^-hidden-at-x-[0-9a-f]{8}$/);
  });
});

describe('patch pages', () => {
  it('lists the patches newest first, with author, date and the archive link', () => {
    expect(data.patches.map((p) => p.id)).toEqual(['20260105.sample.1-at-example.org', patchSlug(older.messageId)]);
    expect(data.site.patches).toBe(2);
    const p = data.patches[0];
    expect(p).toMatchObject({
      href: '/kd/patches/20260105.sample.1-at-example.org/',
      messageUrl: 'https://lore.kernel.org/r/20260105.sample.1@example.org',
      author: 'Ada Sample',
      email: 'ada@example.org',
      date: '2026-01-05',
      series: 'v2 2/3',
    });
  });

  it('says what a patch touched, each linked where the site has a page', () => {
    const p = data.patches[0];
    expect(p.files[0]).toEqual({ file: 'kernel/bpf/sample_kfuncs.c', url: 'https://elixir.bootlin.com/linux/v7.0/source/kernel/bpf/sample_kfuncs.c#L1' });
    expect(p.kfuncs).toEqual([{ name: 'bpf_sample_cpu_rq', href: '/kd/kfuncs/bpf_sample_cpu_rq/' }]);
    expect(p.sections).toEqual([{ path: 'Documentation/bpf/kfuncs.rst', number: '2.3', title: 'Registering a kfunc set', href: 'https://docs.kernel.org/bpf/kfuncs.html#registering-a-kfunc-set' }]);
    expect(p.changes).toEqual([
      { subject: 'kfunc', name: 'bpf_sample_cpu_rq', kind: 'deprecated', href: '/kd/kfuncs/bpf_sample_cpu_rq/' },
      // No flag page for a flag the site never saw.
      { subject: 'flag', name: 'KF_WOBBLY', kind: 'removed', href: null },
    ]);
    expect(collectionEntries(data, 'patches').map(([id]) => id)).toEqual(data.patches.map((x) => x.id));
  });

  it('lists on a kfunc page the patches that touched it, oldest first', () => {
    expect(kfunc('bpf_sample_cpu_rq').patches.map((p) => [p.subject, p.date, p.href])).toEqual([
      ['Re: an older one', '2025-11-01', `/kd/patches/${patchSlug(older.messageId)}/`],
      [deprecating.subject, '2026-01-05', '/kd/patches/20260105.sample.1-at-example.org/'],
    ]);
    expect(kfunc('bpf_sample_task_acquire').patches).toEqual([]);
  });

  it('names the patch on the deprecation notice, the timeline event and the deprecations list', () => {
    const k = kfunc('bpf_sample_cpu_rq');
    expect(k.deprecation?.patch).toMatchObject({ subject: deprecating.subject, href: '/kd/patches/20260105.sample.1-at-example.org/', author: 'Ada Sample' });
    const event = k.timeline.flatMap((c) => c.events).find((e) => e.kind === 'deprecated')!;
    expect(event.patch?.messageUrl).toBe('https://lore.kernel.org/r/20260105.sample.1@example.org');
    expect(data.notices.find((n) => n.kfunc === 'bpf_sample_cpu_rq')?.patch?.href).toBe('/kd/patches/20260105.sample.1-at-example.org/');
  });

  it('has no patches, and says so, without content/patches/', () => {
    const plain = toSiteData(smallGraph, config);
    expect(plain.patches).toEqual([]);
    expect(plain.site.patches).toBe(0);
  });
});

describe('short permalinks /d/<name>/', () => {
  const links = shortLinks(data.kfuncs, data.flags, data.notices);
  const target = (name: string) => links.find((l) => l.name === name)?.target;

  it('lead to the deprecation notice, or to the page of a renamed or removed kfunc', () => {
    expect(target('bpf_sample_cpu_rq')).toBe('/kfuncs/bpf_sample_cpu_rq/#deprecation');
    // Renamed and deprecated: the notice, on the old name's page (which names the successor).
    expect(target('bpf_sample_dispatch')).toBe('/kfuncs/bpf_sample_dispatch/#deprecation');
    expect(target('bpf_sample_task_acquire')).toBeUndefined();
    expect(target('KF_TRUSTED_ARGS')).toBe('/flags/KF_TRUSTED_ARGS/');
  });

  it('cover a kfunc removed without a notice, and one whose notice only a hand-written note gives', () => {
    const removed = { name: 'bpf_gone', status: 'removed' as const, deprecation: null };
    const noted = { name: 'bpf_noted', status: 'active' as const, deprecation: null };
    expect(shortLinks([removed, noted], [], [{ kfunc: 'bpf_noted' }])).toEqual([
      { name: 'bpf_gone', target: '/kfuncs/bpf_gone/', what: 'bpf_gone, removed' },
      { name: 'bpf_noted', target: '/kfuncs/bpf_noted/#deprecation', what: 'the deprecation notice of bpf_noted' },
    ]);
  });
});

describe('the sitemap', () => {
  it('leaves the /d/ redirect pages out (they say noindex), under any base', () => {
    expect(isShortLinkPage('https://kfuncs.example.org/kd/d/bpf_x/', 'https://kfuncs.example.org', '/kd/')).toBe(true);
    expect(isShortLinkPage('https://kfuncs.example.org/d/KF_ACQUIRE/', 'https://kfuncs.example.org', '/')).toBe(true);
    expect(isShortLinkPage('https://kfuncs.example.org/kd/docs/bpf/kfuncs/', 'https://kfuncs.example.org', '/kd/')).toBe(false);
    expect(isShortLinkPage('https://kfuncs.example.org/kd/deprecations/', 'https://kfuncs.example.org', '/kd')).toBe(false);
  });
});

describe('kfuncdoc links: the permalinks are the URLs the site serves', () => {
  it('builds them from the same site and base as the pages', () => {
    const links = permalinks(config.site, config.base);
    const served = (path: string) => new URL(withBase(config.base, path), config.site).href;
    expect(links.kfunc('bpf_sample_cpu_rq')).toBe(served('/kfuncs/bpf_sample_cpu_rq/'));
    expect(links.notice('bpf_sample_cpu_rq')).toBe(served('/kfuncs/bpf_sample_cpu_rq/#deprecation'));
    expect(links.flag('KF_RCU')).toBe(served('/flags/KF_RCU/'));
    // Every notice it can cite is on a page the site builds, under that anchor.
    for (const n of data.notices) expect(data.kfuncs.some((k) => k.name === n.kfunc && k.deprecation)).toBe(true);
  });
});
