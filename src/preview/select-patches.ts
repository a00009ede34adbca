import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { patchSeries, type Series } from '../patches/index.ts';
import type { MailMessage } from '../patches/types.ts';
import { InputError } from '../sources/kernel-tree.ts';

/**
 * The patches to preview, in order (a series by index, the cover letter left out; a reply's
 * quoted patch when it is all there is). Input with no patch is an input error that says why,
 * per message: a cover letter, a discussion, a reply quoting only fragments.
 */
export function selectPatches(messages: readonly MailMessage[], source: string, readDiagnostics: readonly Diagnostic[] = []): Series {
  const series = patchSeries(messages);
  if (series.items.length) return series;
  if (!messages.length) {
    const why = readDiagnostics.find((d) => d.severity === 'error') ?? readDiagnostics[0];
    throw new InputError(why ? why.message : 'no message and no diff in the input', {
      file: source,
      ...(why ? { line: why.line } : {}),
      hint: 'give an mbox, an e-mail (.eml), a git format-patch file or a unified diff',
    });
  }
  const reasons = messages.map((m) => `${m.subject.text ? `"${m.subject.text}": ` : ''}${m.noPatchReason ?? 'no patch in this message'}`);
  throw new InputError(messages.length === 1 ? reasons[0] : `no patch in any of its ${messages.length} messages (${reasons.join('; ')})`, {
    file: source,
    line: messages[0].line,
    hint: 'preview the message that carries the patch (for a series, the mbox of the whole series: b4 am -o - MSGID)',
  });
}
