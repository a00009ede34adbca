import { describe, expect, it } from 'vitest';
import { parseSubject } from '../../src/patches/parse-subject.ts';

describe('parseSubject', () => {
  it('reads list tag, version, index and total', () => {
    expect(parseSubject('[PATCH bpf-next v2 1/3] bpf/docs: Document kfunc lifecycle')).toEqual({
      text: '[PATCH bpf-next v2 1/3] bpf/docs: Document kfunc lifecycle',
      isReply: false,
      tags: ['PATCH'],
      listTag: 'bpf-next',
      version: 2,
      index: 1,
      total: 3,
      isCover: false,
      title: 'bpf/docs: Document kfunc lifecycle',
    });
  });

  it('takes the version before the list tag too, and RFC', () => {
    const s = parseSubject('[RFC PATCH v2 bpf-next 2/4] bpf: Introduce kptr_rcu.');
    expect([s.tags, s.listTag, s.version, s.index, s.total, s.title]).toEqual([['RFC', 'PATCH'], 'bpf-next', 2, 2, 4, 'bpf: Introduce kptr_rcu.']);
  });

  it('marks 0/N as the cover letter and a lone patch as having no index', () => {
    expect(parseSubject('[PATCH bpf-next v2 0/1] Document kfunc lifecycle').isCover).toBe(true);
    const single = parseSubject('[PATCH bpf-next v2] bpf/docs: Document');
    expect([single.index, single.total, single.isCover, single.version]).toEqual([undefined, undefined, false, 2]);
  });

  it('sees replies, bracket groups and subjects without tags', () => {
    const r = parseSubject('Re: Re: [PATCH] [net] ipv4: fix');
    expect([r.isReply, r.tags, r.listTag, r.title]).toEqual([true, ['PATCH'], 'net', 'ipv4: fix']);
    expect(parseSubject('Fwd: a plain question').title).toBe('a plain question');
    expect(parseSubject('').title).toBe('');
  });

  it('brackets in the title stay in the title', () => {
    expect(parseSubject('[PATCH 3/3] sched_ext: Rename scx_bpf_dispatch[_vtime]_from_dsq*()').title).toBe('sched_ext: Rename scx_bpf_dispatch[_vtime]_from_dsq*()');
  });
});
