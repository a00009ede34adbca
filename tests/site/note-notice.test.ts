import { describe, it, expect } from 'vitest';
import { mergeNotices, noteNotice } from '../../src/integration/note-notice.ts';
import { NoteSchema } from '../../src/config/note-schema.ts';
import type { NoticeEntry } from '../../src/integration/entry-types.ts';

const ctx = {
  messageLink: (id: string) => `https://lore.kernel.org/r/${id.replace(/^<|>$/g, '')}`,
  newest: '7.2',
  inNewest: (n: string) => n !== 'gone',
  exists: (n: string) => n !== 'bpf_elsewhere',
};

describe('notes', () => {
  it('validates note frontmatter with messages that say how to fix it', () => {
    const r = NoteSchema.safeParse({ deprecation: { since: 'v7', links: [{ messageId: '<a@b>' }] }, colour: 1 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['deprecation.since: write a version as X.Y, e.g. "7.2"', ': Unrecognized key: "colour"']);
  });

  it('turns a note deprecation into a notice with Message-ID links, past due when the deadline is covered', () => {
    const data = NoteSchema.parse({ deprecation: { since: '7.0', removal: '7.2', links: [{ title: 'the patch', messageId: '<x@y>' }] } });
    expect(noteNotice({ id: 'bpf_x', data }, ctx)).toEqual({
      kfunc: 'bpf_x',
      since: '7.0',
      removalPlanned: '7.2',
      pastDue: true,
      evidence: [],
      note: { file: 'content/kfuncs/bpf_x.md', links: [{ title: 'the patch', url: 'https://lore.kernel.org/r/x@y' }] },
    });
  });

  it('never lets a note replace what the source says', () => {
    const fromGraph: NoticeEntry[] = [{ kfunc: 'bpf_x', since: '6.19', pastDue: false, evidence: [] }];
    const notes = [
      { id: 'bpf_x', data: NoteSchema.parse({ deprecation: { since: '7.2' } }) },
      { id: 'other', data: NoteSchema.parse({ kfunc: 'bpf_y', deprecation: { since: '7.1' } }) },
      { id: 'plain', data: NoteSchema.parse({}) },
      { id: 'bpf_elsewhere', data: NoteSchema.parse({ deprecation: { since: '7.1' } }) },
    ];
    expect(mergeNotices(fromGraph, notes, ctx).map((n) => [n.kfunc, n.since, Boolean(n.note)])).toEqual([
      ['bpf_y', '7.1', true],
      ['bpf_x', '6.19', false],
    ]);
  });
});
