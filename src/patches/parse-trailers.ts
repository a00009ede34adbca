import { toPerson } from './to-person.ts';
import type { Trailer } from './types.ts';

const TRAILER = /^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):\s+(\S.*?)\s*$/;
const PLAIN_KEYS = new Set(['link', 'fixes', 'closes', 'cc', 'bug']);

/**
 * Trailer lines among the given lines: any `*-by:` key (Signed-off-by, Reviewed-by, Acked-by,
 * Co-developed-by, Reported-by, Tested-by…) and Link, Fixes, Closes, Cc, Bug. Other `Word: text`
 * lines are prose. Keys come back in canonical case (`Acked-By` → `Acked-by`).
 * @example parseTrailers([{ text: 'Acked-By: A <a@x>', line: 9 }])[0].key // 'Acked-by'
 */
export function parseTrailers(lines: readonly { text: string; line: number }[]): Trailer[] {
  const trailers: Trailer[] = [];
  for (const { text, line } of lines) {
    const m = TRAILER.exec(text);
    if (!m) continue;
    const lower = m[1].toLowerCase();
    if (!lower.endsWith('-by') && !PLAIN_KEYS.has(lower)) continue;
    const key = lower[0].toUpperCase() + lower.slice(1);
    const person = lower.endsWith('-by') || lower === 'cc' ? toPerson(m[2]) : undefined;
    trailers.push({ key, value: m[2], ...(person ? { person } : {}), line });
  }
  return trailers;
}
