/**
 * The short permalinks `/d/<name>/` that mails and commit messages can cite: one for every kfunc
 * that is or was deprecated, renamed or removed (to its deprecation notice, or to its page, which
 * names the successor), and one for every flag (to its page). Each is a static page that redirects.
 */
import type { FlagEntry, KfuncEntry, NoticeEntry } from './entry-types.ts';

export interface ShortLink {
  /** The kfunc or flag: the page is `/d/<name>/`. */
  name: string;
  /** Where it leads, a site path without the base: `/kfuncs/bpf_x/#deprecation`. */
  target: string;
  /** What it leads to, in words, for the page's visible link. */
  what: string;
}

/**
 * @example shortLinks([{ name: 'bpf_x', status: 'deprecated', deprecation: {…} }], [], [])[0].target // '/kfuncs/bpf_x/#deprecation'
 */
export function shortLinks(kfuncs: readonly Pick<KfuncEntry, 'name' | 'status' | 'deprecation' | 'renamedTo'>[], flags: readonly Pick<FlagEntry, 'name'>[], notices: readonly Pick<NoticeEntry, 'kfunc'>[]): ShortLink[] {
  const noticed = new Set(notices.map((n) => n.kfunc));
  const out: ShortLink[] = [];
  for (const k of kfuncs) {
    const notice = Boolean(k.deprecation) || noticed.has(k.name);
    if (notice) out.push({ name: k.name, target: `/kfuncs/${k.name}/#deprecation`, what: `the deprecation notice of ${k.name}` });
    else if (k.status === 'renamed' || k.status === 'removed') {
      out.push({ name: k.name, target: `/kfuncs/${k.name}/`, what: k.renamedTo ? `${k.name}, renamed to ${k.renamedTo.name}` : `${k.name}, removed` });
    }
  }
  for (const f of flags) out.push({ name: f.name, target: `/flags/${f.name}/`, what: `the ${f.name} flag` });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Whether a page URL is a short link's redirect page: those say `noindex`, so the sitemap
 * leaves them out (a sitemap that lists noindex pages is flagged by search engines).
 * @example isShortLinkPage('https://kfuncs.example.org/kd/d/bpf_x/', 'https://kfuncs.example.org', '/kd/') // true
 */
export function isShortLinkPage(url: string, site: string, base: string): boolean {
  const prefix = new URL(`${base.replace(/\/?$/, '/')}d/`, site).href;
  return url.startsWith(prefix);
}

