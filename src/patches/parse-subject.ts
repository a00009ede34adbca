import type { ParsedSubject } from './types.ts';

const REPLY = /^\s*((re|fwd?|aw|sv|antw)\s*(\[\d+\])?\s*:\s*)+/i;
const KNOWN_TAGS = new Set(['PATCH', 'RFC', 'RESEND', 'PULL', 'GIT', 'RFT', 'FIX', 'DRAFT', 'REPOST']);

/**
 * Takes a patch subject apart: reply prefix, bracketed tags (`PATCH`, `RFC`), list tag (`bpf-next`),
 * version (`v2`), position in the series (`2/3`, `0/N` for the cover letter), and the title.
 * @example parseSubject('Re: [PATCH bpf-next v2 1/3] bpf: x').index // 1
 */
export function parseSubject(subject: string): ParsedSubject {
  const text = subject.replace(/\s*\r?\n\s*/g, ' ').trim();
  let rest = text;
  const reply = REPLY.exec(rest);
  if (reply) rest = rest.slice(reply[0].length);
  const parsed: ParsedSubject = { text, isReply: !!reply, tags: [], isCover: false, title: '' };
  const lists: string[] = [];
  for (let group = /^\[([^\]]*)\]\s*/.exec(rest); group; group = /^\[([^\]]*)\]\s*/.exec(rest)) {
    rest = rest.slice(group[0].length);
    for (const token of group[1].split(/[\s,]+/).filter(Boolean)) {
      const version = /^v(\d+)$/i.exec(token);
      const position = /^(\d+)\/(\d+)$/.exec(token);
      if (version) parsed.version = Number(version[1]);
      else if (position) {
        parsed.index = Number(position[1]);
        parsed.total = Number(position[2]);
      } else if (KNOWN_TAGS.has(token.toUpperCase())) parsed.tags.push(token.toUpperCase());
      else lists.push(token);
    }
  }
  if (lists.length) parsed.listTag = lists.join(' ');
  parsed.isCover = parsed.index === 0 && (parsed.total ?? 0) > 0;
  parsed.title = rest.trim();
  return parsed;
}
