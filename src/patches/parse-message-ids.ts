/**
 * The message ids of a Message-ID, In-Reply-To or References value, without angle brackets, in order.
 * RFC 822 comments (nested parentheses) are dropped: Gnus writes
 * `<id> (David Vernet's message of "Thu, 2 Feb 2023 16:35:57 -0600")`.
 * @example parseMessageIds('<a@x> (Bob\'s message of "Thu")') // ['a@x']
 */
export function parseMessageIds(value: string): string[] {
  let plain = '';
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && depth > 0) i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) {
      depth--;
      plain += ' ';
    } else if (depth === 0) plain += c;
  }
  const bracketed = [...plain.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]);
  if (bracketed.length) return bracketed;
  return plain.split(/\s+/).filter((t) => t.includes('@'));
}
