import PostalMime, { type Email } from 'postal-mime';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { binaryToBytes } from './binary-string.ts';
import { bodyLineMap } from './body-line-map.ts';
import { decodeFlowed } from './decode-flowed.ts';
import { extractPatch, NO_PATCH, type Extraction } from './extract-patch.ts';
import { neutralizeFlowed } from './neutralize-flowed.ts';
import { ownLines } from './own-lines.ts';
import { parseMessageIds } from './parse-message-ids.ts';
import { parseSubject } from './parse-subject.ts';
import { parseTrailers } from './parse-trailers.ts';
import type { RawMessage } from './split-input.ts';
import { toPerson } from './to-person.ts';
import type { MailMessage } from './types.ts';

const header = (email: Email, key: string) => email.headers.find((h) => h.key === key)?.value;

/** One e-mail: headers through the MIME parser (encoded words, charsets, transfer encodings), then the patch. */
export async function readMessage(message: RawMessage, source: string): Promise<{ message?: MailMessage; diagnostics: Diagnostic[] }> {
  const { raw, flowed } = neutralizeFlowed(message.raw);
  let email: Email;
  try {
    email = await PostalMime.parse(binaryToBytes(raw), { attachmentEncoding: 'utf8' });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { diagnostics: [diagnostic('patch-mail-unreadable', 'error', { file: source, line: message.line }, `cannot read the message: ${why}`)] };
  }
  const rawLines = raw.split('\n');
  const headerLines = rawLines.findIndex((l) => l.replace(/\r$/, '') === '');
  const bodyStart = headerLines < 0 ? rawLines.length : headerLines + 1;
  const plain = (email.text ?? '').replace(/\r\n/g, '\n');
  const flow = flowed ? decodeFlowed(plain, flowed.delsp) : undefined;
  const text = flow?.text ?? plain;
  const contentType = (header(email, 'content-type') ?? '').toLowerCase();
  const encoding = (header(email, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const map = bodyLineMap(rawLines.slice(bodyStart), plain.split('\n'), encoding, contentType.startsWith('multipart/'), message.line + bodyStart);
  const decoded = text.split('\n');
  if (decoded.at(-1) === '') decoded.pop();
  const body = decoded.map((t, i) => ({ text: t, line: map[flow ? flow.origin[i] : i] }));

  const subject = parseSubject(email.subject ?? '');
  const own = ownLines(body);
  const sender = email.from?.address ? { name: email.from.name ?? '', email: email.from.address } : undefined;
  const inBodyFrom = own.inBodyFrom ? toPerson(own.inBodyFrom) : undefined;
  const extraction = subject.isCover
    ? { reason: NO_PATCH, diagnostics: [diagnostic('patch-none', 'info', { file: source, line: message.line }, `cover letter (${subject.index}/${subject.total}): ${NO_PATCH}`)] }
    : (attachedPatch(email, rawLines, message.line, source) ?? extractPatch(body, source, message.line));
  const commit = /^From ([0-9a-f]{40}) /.exec(message.fromLine ?? '')?.[1];
  const messageId = parseMessageIds(header(email, 'message-id') ?? '')[0];
  const inReplyTo = parseMessageIds(header(email, 'in-reply-to') ?? '')[0];
  const date = email.date && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : undefined;
  return {
    message: {
      source,
      line: message.line,
      kind: 'mail',
      ...(messageId ? { messageId } : {}),
      ...(inReplyTo ? { inReplyTo } : {}),
      references: parseMessageIds(header(email, 'references') ?? ''),
      subject,
      ...((inBodyFrom ?? sender) ? { author: inBodyFrom ?? sender } : {}),
      ...(sender ? { sender } : {}),
      ...(date ? { date } : {}),
      ...(commit ? { commit } : {}),
      trailers: parseTrailers(own.lines),
      body: text,
      ...(extraction.patch ? { patch: extraction.patch } : { noPatchReason: extraction.reason }),
    },
    diagnostics: extraction.diagnostics,
  };
}

const PATCH_ATTACHMENT = /^(text\/x-(patch|diff)|text\/plain|application\/x-(patch|diff))$/;

/** A patch sent as an attachment (`text/x-patch`, a `.patch` file), which `git am` also takes. */
function attachedPatch(email: Email, rawLines: string[], first: number, source: string): Extraction | undefined {
  for (const a of email.attachments) {
    if (typeof a.content !== 'string' || !(PATCH_ATTACHMENT.test(a.mimeType) || /\.(patch|diff)$/.test(a.filename ?? ''))) continue;
    const lines = a.content.replace(/\r\n/g, '\n').split('\n');
    const map = bodyLineMap(rawLines, lines, '', true, first);
    const extraction = extractPatch(lines.map((t, i) => ({ text: t, line: map[i] })), source, first);
    if (extraction.patch) return extraction;
  }
  return undefined;
}
