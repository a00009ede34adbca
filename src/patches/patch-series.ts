import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MailMessage, Patch } from './types.ts';

export interface Series {
  /** The patches to apply, in order, each with the message it came from. */
  items: { message: MailMessage; patch: Patch }[];
  diagnostics: Diagnostic[];
}

/**
 * The patches of the input in the order to apply them: the newest version's numbered patches by
 * index (`1/3`, `2/3`, `3/3`), the cover letter and replies left out. When the input holds only
 * replies, the first quoted patch is used. Missing members of the series are reported.
 */
export function patchSeries(messages: readonly MailMessage[]): Series {
  const withPatch = messages.filter((m): m is MailMessage & { patch: Patch } => m.patch !== undefined);
  const sent = withPatch.filter((m) => !m.subject.isReply);
  if (!sent.length) return { items: withPatch.slice(0, 1).map((m) => ({ message: m, patch: m.patch })), diagnostics: [] };
  const newest = Math.max(...sent.map((m) => m.subject.version ?? 1));
  const chosen = sent.filter((m) => (m.subject.version ?? 1) === newest);
  const ordered = chosen
    .map((m, order) => ({ m, order }))
    .sort((a, b) => (a.m.subject.index ?? 0) - (b.m.subject.index ?? 0) || a.order - b.order)
    .map(({ m }) => m)
    .filter((m, k, all) => m.subject.index === undefined || all.findIndex((o) => o.subject.index === m.subject.index) === k);
  const diagnostics: Diagnostic[] = [];
  const total = Math.max(0, ...ordered.map((m) => m.subject.total ?? 0));
  const present = new Set(ordered.map((m) => m.subject.index));
  const missing = Array.from({ length: total }, (_, k) => k + 1).filter((k) => !present.has(k));
  if (missing.length) {
    const first = ordered[0];
    diagnostics.push(
      diagnostic('patch-series-gap', 'warning', { file: first.source, line: first.line }, `the series has ${total} patches but ${missing.map((k) => `${k}/${total}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the input`, {
        hint: 'later patches usually need the earlier ones: fetch the whole series (b4 am -o - MSGID)',
      }),
    );
  }
  return { items: ordered.map((m) => ({ message: m, patch: m.patch })), diagnostics };
}
