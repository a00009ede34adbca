import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { bytesToBinary } from './binary-string.ts';
import { extractPatch } from './extract-patch.ts';
import { parseSubject } from './parse-subject.ts';
import { readMessage } from './read-message.ts';
import { splitInput } from './split-input.ts';
import type { MailMessage, ReadResult } from './types.ts';

/**
 * Reads what a user hands to `preview` or drops in content/patches/: an mbox (a series, a thread),
 * a single e-mail, or a plain diff / `git format-patch` output. Each message comes back with its
 * ids, parsed subject, author, date, trailers and patch, or the reason it has none.
 */
export async function readMessages(input: string | Uint8Array, source: string): Promise<ReadResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const split = splitInput(bytesToBinary(bytes));
  if (split.kind === 'unknown') {
    // A diff run together on one line (a copy from a web page that lost its line breaks) cannot be
    // applied; saying so beats "not a diff".
    const collapsed = /\S diff --git \S/.test(bytesToBinary(bytes));
    const message = collapsed ? 'holds a diff whose line breaks were lost: it cannot be applied' : 'not an mbox, an e-mail or a unified diff';
    return {
      messages: [],
      diagnostics: [
        diagnostic('patch-input-unrecognised', 'error', { file: source, line: 1 }, message, {
          hint: collapsed
            ? 'fetch the message whole, e.g. from lore.kernel.org (its /raw link) or with b4 mbox'
            : 'give an mbox (b4 am -o -), an .eml file, or the output of git format-patch / git diff',
        }),
      ],
    };
  }
  if (split.kind === 'diff') {
    const text = new TextDecoder().decode(bytes).replace(/\r\n/g, '\n');
    return diffMessage(text, source, split.messages[0].line);
  }
  const messages: MailMessage[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const raw of split.messages) {
    const read = await readMessage(raw, source);
    if (read.message) messages.push(read.message);
    diagnostics.push(...read.diagnostics);
  }
  return { messages, diagnostics };
}

function bodyOf(text: string, first: number) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((t, i) => ({ text: t, line: first + i }));
}

/** A plain diff: a message with no headers, whose patch is the diff. */
function diffMessage(text: string, source: string, first: number): ReadResult {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const extraction = extractPatch(lines.map((t, i) => ({ text: t, line: first + i })), source, first);
  const message: MailMessage = {
    source,
    line: first,
    kind: 'diff',
    references: [],
    subject: parseSubject(''),
    trailers: [],
    body: text,
    ...(extraction.patch ? { patch: extraction.patch } : { noPatchReason: extraction.reason }),
  };
  return { messages: [message], diagnostics: extraction.diagnostics };
}
