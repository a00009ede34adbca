import { describe, it, expect } from 'vitest';
import { escapeXml, toAtomFeed } from '../../src/integration/atom-feed.ts';
import type { NoticeEntry } from '../../src/integration/entry-types.ts';

const notice: NoticeEntry = {
  kfunc: 'bpf_sample_cpu_rq',
  since: '6.19',
  when: 'between 6.18 and 6.19',
  removalPlanned: '7.0',
  replacement: 'bpf_sample_cpu_curr',
  pastDue: false,
  evidence: [
    { file: 'tools/sample/include/compat.bpf.h', line: 7, version: '6.19', text: 'compat header: "will be removed in v6.20" & <soon>', url: 'https://x/?a=1&b=2' },
  ],
};

describe('toAtomFeed', () => {
  it('writes one entry per notice with a permanent id and escaped text', () => {
    expect(toAtomFeed([notice], { siteUrl: 'https://kfuncs.example.org/kd/', updated: new Date('2026-01-02T03:04:05Z') })).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <id>https://kfuncs.example.org/kd/deprecations/</id>
        <title>kfunc deprecations</title>
        <link rel="self" type="application/atom+xml" href="https://kfuncs.example.org/kd/deprecations.xml"/>
        <link rel="alternate" type="text/html" href="https://kfuncs.example.org/kd/deprecations/"/>
        <updated>2026-01-02T03:04:05.000Z</updated>
        <author><name>kfuncdoc</name></author>
        <entry>
          <id>https://kfuncs.example.org/kd/kfuncs/bpf_sample_cpu_rq/#deprecation</id>
          <title>bpf_sample_cpu_rq deprecated in 6.19</title>
          <link rel="alternate" type="text/html" href="https://kfuncs.example.org/kd/kfuncs/bpf_sample_cpu_rq/#deprecation"/>
          <updated>2026-01-02T03:04:05.000Z</updated>
          <category term="6.19"/>
          <summary type="text">bpf_sample_cpu_rq is deprecated since 6.19 (between 6.18 and 6.19). Use bpf_sample_cpu_curr instead. Removal planned in 7.0. Evidence: tools/sample/include/compat.bpf.h:7 (6.19) compat header: &quot;will be removed in v6.20&quot; &amp; &lt;soon&gt;</summary>
        </entry>
      </feed>
      "
    `);
  });

  it('is a valid empty feed without notices', () => {
    const xml = toAtomFeed([], { siteUrl: 'https://k.example', updated: new Date(0) });
    expect(xml).toContain('<id>https://k.example/deprecations/</id>');
    expect(xml).not.toContain('<entry>');
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
