/** One message of the input, as bytes in a binary string, and where it starts. */
export interface RawMessage {
  /** The message, one char per byte; mbox `>From ` escaping undone. */
  raw: string;
  /** 1-based line of the message's first line in the input. */
  line: number;
  /** The mbox separator line before it, when there was one. */
  fromLine?: string;
}

export interface SplitInput {
  kind: 'mbox' | 'mail' | 'diff' | 'unknown';
  messages: RawMessage[];
}

/** mbox separator: `From <addr-or-sha> <date with a time and a year>`, like git mailsplit checks. */
export const FROM_LINE = /^From \S+ +\S.*\d{1,2}:\d{2}(:\d{2})?.*\d{4}\s*$/;
const HEADER_FIELD = /^[!-9;-~]+:/;
const MAIL_HEADERS = /^(from|subject|date|message-id|return-path|received|mime-version|to|in-reply-to|delivered-to|x-[\w-]+):/im;
const DIFF_START = /^(diff --git |--- \S|@@ -\d)/m;

/**
 * Tells an mbox (one or more messages after `From ` lines, mboxrd-escaped) from a single e-mail and
 * from a plain diff, and cuts an mbox into messages. Works on a binary string so that no charset is
 * assumed before the MIME parser has read each message's own.
 */
export function splitInput(binary: string): SplitInput {
  const text = binary.replace(/^(\r?\n)+/, '');
  const skipped = binary.length - text.length === 0 ? 0 : binary.slice(0, binary.length - text.length).split('\n').length - 1;
  const lines = text.split('\n');
  if (FROM_LINE.test(lines[0].replace(/\r$/, ''))) return { kind: 'mbox', messages: splitMbox(lines, skipped) };
  const headerEnd = lines.findIndex((l) => l.replace(/\r$/, '') === '');
  const header = lines.slice(0, headerEnd < 0 ? lines.length : headerEnd).join('\n');
  if (HEADER_FIELD.test(lines[0]) && MAIL_HEADERS.test(header)) return { kind: 'mail', messages: [{ raw: text, line: skipped + 1 }] };
  if (DIFF_START.test(text)) return { kind: 'diff', messages: [{ raw: text, line: skipped + 1 }] };
  return { kind: 'unknown', messages: [] };
}

function splitMbox(lines: string[], skipped: number): RawMessage[] {
  const messages: RawMessage[] = [];
  let current: { from: string; start: number } | undefined;
  const close = (end: number) => {
    if (!current) return;
    // The blank line before the next separator becomes the message's final line break.
    const body = lines.slice(current.start + 1, end);
    // mboxrd: every `>From ` gained one `>` when written; taking it off also reads mboxo correctly.
    const raw = body.map((l) => l.replace(/^>(>*From )/, '$1')).join('\n');
    messages.push({ raw, line: skipped + current.start + 2, fromLine: current.from });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (FROM_LINE.test(line) && (i === 0 || lines[i - 1].replace(/\r$/, '') === '')) {
      close(i);
      current = { from: line, start: i };
    }
  }
  close(lines.length);
  return messages;
}
