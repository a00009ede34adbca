import type { BodyLine } from './quoted-diff-lines.ts';

/**
 * The body lines written by the message's sender, where trailers are looked for: unquoted lines
 * before the `---` that ends a commit message, before a diff, and before the signature (`-- `).
 * Also the in-body `From:` line that `git send-email` puts first when sending another's patch.
 */
export function ownLines(body: readonly BodyLine[]): { lines: BodyLine[]; inBodyFrom?: string } {
  const lines: BodyLine[] = [];
  const firstText = body.findIndex((l) => l.text.trim() !== '');
  const from = firstText >= 0 ? /^From:\s*(.+)$/.exec(body[firstText].text)?.[1] : undefined;
  for (const [i, l] of body.entries()) {
    if (l.text === '---' || l.text === '-- ' || l.text.startsWith('diff --git ')) break;
    if (l.text.startsWith('--- ') && body[i + 1]?.text.startsWith('+++ ')) break;
    if (!l.text.startsWith('>')) lines.push(l);
  }
  return { lines, ...(from ? { inBodyFrom: from } : {}) };
}
