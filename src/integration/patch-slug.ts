/**
 * The page id of a mailing-list patch: its Message-ID made safe for a URL path and a file name,
 * readable and stable (it depends on the Message-ID alone, never on what else is in content/).
 */
import { createHash } from 'node:crypto';

/**
 * `@` reads as `-at-`; any other character outside `[A-Za-z0-9._-]` becomes `-`, and then a short
 * hash of the Message-ID keeps two ids that differ only there apart.
 * @example patchSlug('<20260105.sample.1@example.org>') // '20260105.sample.1-at-example.org'
 * @example patchSlug('Y+AUm8cikB6m978j@pop-os.localdomain') // 'Y-AUm8cikB6m978j-at-pop-os.localdomain-2f145552'
 */
export function patchSlug(messageId: string): string {
  const id = messageId.trim().replace(/^<|>$/g, '');
  const readable = id.replace(/@/g, '-at-');
  const safe = readable.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, (dots) => '-'.repeat(dots.length));
  if (safe === readable && safe.length) return safe;
  return `${safe}-${createHash('sha1').update(id).digest('hex').slice(0, 8)}`;
}
