/**
 * A link checker for a built site: every internal `href` / `src` of every page must name a file
 * of the site, and every `#fragment` of a link an `id` (or `name`) on the target page. The check
 * is pure (pages and file list in, broken links out); readSite is its I/O edge.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface BrokenLink {
  /** The page the link is on (site path, `/docs/bpf/kfuncs/`). */
  page: string;
  href: string;
  reason: 'no such file' | 'no such anchor';
}

export interface Site {
  /** Site path of each HTML file (`/docs/bpf/kfuncs/index.html`) → its text. */
  pages: ReadonlyMap<string, string>;
  /** Site path of every file. */
  files: ReadonlySet<string>;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/**
 * Attribute text → its value.
 * @example decodeAttribute('a&amp;b&#39;c') // "a&b'c"
 */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Markup that is not part of the document: a script's or style's text is never a link or an id. */
const stripCode = (html: string) => html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.replace(/>[\s\S]*<\//, '></'));

/** `href`s of links and `src`s of scripts and images, with whether a fragment must be checked. */
export function linksOf(html: string): { url: string; anchored: boolean }[] {
  const out: { url: string; anchored: boolean }[] = [];
  for (const tag of stripCode(html).matchAll(/<(a|link|script|img|source|iframe)\b([^>]*)>/gi)) {
    for (const attr of tag[2].matchAll(/\s(href|src)=(?:"([^"]*)"|'([^']*)')/gi)) {
      out.push({ url: decodeAttribute(attr[2] ?? attr[3]), anchored: tag[1].toLowerCase() === 'a' });
    }
  }
  return out;
}

/** Every `id` and `name` a page gives out. */
export function anchorsOf(html: string): Set<string> {
  return new Set(Array.from(stripCode(html).matchAll(/\s(?:id|name)=(?:"([^"]*)"|'([^']*)')/g), (m) => decodeAttribute(m[1] ?? m[2])));
}

/**
 * The site path of a page's URL.
 * @example pageUrl('/docs/bpf/kfuncs/index.html') // '/docs/bpf/kfuncs/'
 */
export function pageUrl(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The file a site URL path serves, as a static server does (`/x/` → `/x/index.html`). */
function fileFor(pathname: string, files: ReadonlySet<string>): string | undefined {
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`, `${pathname}.html`];
  return candidates.find((c) => files.has(c));
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `base`: the site's base path (`/kfuncdoc/`), which links carry and files do not. */
export function checkLinks(site: Site, options: { base?: string } = {}): BrokenLink[] {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let set = anchors.get(file);
    if (!set) anchors.set(file, (set = anchorsOf(site.pages.get(file) ?? '')));
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const [file, html] of site.pages) {
    const page = pageUrl(file);
    const origin = 'http://site.invalid';
    for (const { url, anchored } of linksOf(html)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
      const resolved = new URL(url, origin + base.slice(0, -1) + page);
      const pathname = decode(resolved.pathname);
      const target = pathname.startsWith(base) ? fileFor(pathname.slice(base.length - 1), site.files) : undefined;
      if (!target) {
        broken.push({ page, href: url, reason: 'no such file' });
        continue;
      }
      const fragment = decode(resolved.hash.slice(1));
      // `#` and `#top` scroll to the top in every browser; Starlight links `#_top`, its h1's id.
      if (!anchored || !fragment || fragment === 'top' || !target.endsWith('.html')) continue;
      if (!anchorsIn(target).has(fragment)) broken.push({ page, href: url, reason: 'no such anchor' });
    }
  }
  return broken;
}

/** Reads a built site: every file's site path, and the text of the HTML ones. */
export async function readSite(dir: string): Promise<Site> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Set<string>();
  const pages = new Map<string, string>();
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    const sitePath = '/' + path.relative(dir, full).split(path.sep).join('/');
    files.add(sitePath);
    if (e.name.endsWith('.html')) pages.set(sitePath, await readFile(full, 'utf8'));
  }
  return { pages, files };
}
