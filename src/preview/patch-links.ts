/**
 * `kfuncdoc links`: the permalinks a patch should cite (`Link:` trailers) for the kfuncs and flags
 * it deprecates, renames or removes — from a preview's graph diff when a tree is at hand, else
 * read off the patch text.
 */
import type { Patch } from '../patches/types.ts';
import type { Permalinks } from './permalinks.ts';
import type { PreviewReport } from './preview-report.ts';

export interface PatchLink {
  subject: 'kfunc' | 'flag';
  name: string;
  kind: 'deprecated' | 'renamed' | 'removed';
  /** renamed: the new name. */
  to?: string;
  url: string;
}

/** One link per name: a deprecation notice outranks a rename or a removal of the same name. */
function uniqueLinks(list: readonly PatchLink[]): PatchLink[] {
  const rank = { deprecated: 0, renamed: 1, removed: 2 } as const;
  const best = new Map<string, PatchLink>();
  for (const l of list) {
    const key = `${l.subject}:${l.name}`;
    const had = best.get(key);
    if (!had || rank[l.kind] < rank[had.kind]) best.set(key, { ...l, ...(had?.to && !l.to ? { to: had.to } : {}) });
  }
  return [...best.values()].sort((a, b) => a.subject.localeCompare(b.subject) || a.name.localeCompare(b.name));
}

export function linksFromReport(report: PreviewReport, links: Permalinks): PatchLink[] {
  const out: PatchLink[] = [];
  for (const k of report.kfuncs) {
    if (k.deprecation) out.push({ subject: 'kfunc', name: k.name, kind: 'deprecated', url: k.deprecation.permalink });
    // The old name's page stays and points to the new one: that is the page to cite.
    if (k.kind === 'renamed' && k.from) out.push({ subject: 'kfunc', name: k.from, kind: 'renamed', to: k.name, url: links.kfunc(k.from) });
    if (k.kind === 'removed') out.push({ subject: 'kfunc', name: k.name, kind: 'removed', url: links.kfunc(k.name) });
  }
  for (const f of report.flags) if (f.kind === 'undefined') out.push({ subject: 'flag', name: f.name, kind: 'removed', url: f.permalink });
  return uniqueLinks(out);
}

const REGISTERED = /^\s*BTF_ID_FLAGS\(\s*func\s*,\s*(\w+)\s*(?:,([^)]*))?\)/;
const RENAMED = /\b([a-z_][a-z0-9_]*)(?:\(\))?\s+(?:is\s+|has\s+been\s+|was\s+)?renamed\s+to\s+`?([a-z_][a-z0-9_]*)/i;
const DEPRECATED_NAME = /\b([a-z][a-z0-9]*_[a-z0-9_]+)(?:\(\))?`{0,2}\s+(?:is|are|has been|was)\s+(?:now\s+)?deprecated\b/;
const DEPRECATION_WORDS = /\bdeprecat|\bwill be removed\b|\bbackward compatibility\b/i;
const DEFINITION = /^\s*__bpf_kfunc\s+[^(]*?\b(\w+)\s*\(/;
const KSYM = /\b(\w+)\s*\([^;]*\)\s*__ksym\b/;
const FLAG_DEFINE = /^\s*#\s*define\s+(KF_[A-Z0-9_]+)\b/;
/** A deprecation comment reaches the definition it stands above within this many lines. */
const COMMENT_REACH = 12;

/**
 * Reads the patch text: `BTF_ID_FLAGS` entries added with `KF_DEPRECATED` or removed for good,
 * "X() renamed to Y()" and "X is deprecated" in added lines, an added deprecation comment right
 * above a `__bpf_kfunc` definition, `#define KF_*` lines removed. Only names the patch itself
 * shows as kfuncs (a definition, a registration, a `__ksym` declaration) count.
 */
export function linksFromPatches(patches: readonly Pick<Patch, 'files'>[], links: Permalinks): PatchLink[] {
  const added: string[] = [];
  const removed: string[] = [];
  /** Names the patch shows as kfuncs (defined, registered or declared __ksym): macros and typos in messages are not. */
  const known = new Set<string>();
  const out: PatchLink[] = [];
  const kfunc = (name: string, kind: PatchLink['kind'], to?: string) =>
    out.push({ subject: 'kfunc', name, kind, ...(to ? { to } : {}), url: kind === 'deprecated' ? links.notice(name) : links.kfunc(name) });
  for (const file of patches.flatMap((p) => p.files)) {
    for (const hunk of file.hunks) {
      let commentAt = -Infinity;
      hunk.lines.forEach((l, i) => {
        for (const m of [REGISTERED.exec(l.text), KSYM.exec(l.text)]) if (m) known.add(m[1]);
        if (l.kind === '-') return void removed.push(l.text);
        if (l.kind === '+') added.push(l.text);
        if (l.kind === '+' && DEPRECATION_WORDS.test(l.text) && /^\s*(\/\*|\*|\/\/)/.test(l.text)) commentAt = i;
        const def = DEFINITION.exec(l.text);
        if (!def) return;
        known.add(def[1]);
        // An added comment deprecates the definition below it, new or already there.
        if (i - commentAt <= COMMENT_REACH) kfunc(def[1], 'deprecated');
        commentAt = -Infinity;
      });
    }
  }
  const registeredNow = new Set(added.flatMap((t) => REGISTERED.exec(t)?.[1] ?? []));
  for (const text of added) {
    const reg = REGISTERED.exec(text);
    if (reg && /\bKF_DEPRECATED\b/.test(reg[2] ?? '')) kfunc(reg[1], 'deprecated');
    const renamed = RENAMED.exec(text);
    if (renamed) kfunc(renamed[1], 'renamed', renamed[2]);
    const deprecated = DEPRECATED_NAME.exec(text);
    if (deprecated) kfunc(deprecated[1], 'deprecated');
  }
  for (const text of removed) {
    const reg = REGISTERED.exec(text);
    if (reg && !registeredNow.has(reg[1])) kfunc(reg[1], 'removed');
    const flag = FLAG_DEFINE.exec(text);
    if (flag && !added.some((t) => FLAG_DEFINE.exec(t)?.[1] === flag[1])) out.push({ subject: 'flag', name: flag[1], kind: 'removed', url: links.flag(flag[1]) });
  }
  return uniqueLinks(out.filter((l) => l.subject === 'flag' || known.has(l.name)));
}

/** `Link: <url>` lines, as a commit message cites them. */
export function formatLinks(list: readonly PatchLink[]): string {
  return list.map((l) => `Link: ${l.url}\n`).join('');
}
