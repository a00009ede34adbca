/**
 * The deprecations Atom feed (RFC 4287): one entry per notice, with a permanent id that survives
 * rebuilds (the kfunc page's `#deprecation` URL), so feed readers do not show an entry twice.
 */
import type { NoticeEntry } from './entry-types.ts';

export interface FeedOptions {
  /** Absolute URL of the site root including the base, ending in `/`. */
  siteUrl: string;
  /** Feed and entry `updated` time (the build time; entries have no date of their own). */
  updated: Date;
  title?: string;
}

/**
 * Escapes text for XML element content and attribute values.
 * @example escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function noticeSummary(n: NoticeEntry): string {
  const parts = [`${n.kfunc} is deprecated since ${n.since}${n.when ? ` (${n.when})` : ''}.`];
  if (n.replacement) parts.push(`Use ${n.replacement} instead.`);
  if (n.removedIn) parts.push(`Removed in ${n.removedIn}.`);
  else if (n.removalPlanned) parts.push(`Removal planned in ${n.removalPlanned}${n.pastDue ? ' (past due)' : ''}.`);
  if (n.evidence.length) parts.push(`Evidence: ${n.evidence.map((e) => `${e.file}:${e.line} (${e.version}) ${e.text}`).join('; ')}`);
  if (n.note) parts.push(`Source: ${[n.note.file, ...n.note.links.map((l) => `${l.title} <${l.url}>`)].join('; ')}`);
  return parts.join(' ');
}

export function toAtomFeed(notices: readonly NoticeEntry[], options: FeedOptions): string {
  const updated = options.updated.toISOString();
  const root = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`;
  const entries = notices.map((n) => {
    const url = `${root}kfuncs/${encodeURIComponent(n.kfunc)}/#deprecation`;
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(`${n.kfunc} deprecated in ${n.since}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${updated}</updated>`,
      `    <category term="${escapeXml(n.since)}"/>`,
      `    <summary type="text">${escapeXml(noticeSummary(n))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${root}deprecations/`)}</id>`,
    `  <title>${escapeXml(options.title ?? 'kfunc deprecations')}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${root}deprecations.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${root}deprecations/`)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>kfuncdoc</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
