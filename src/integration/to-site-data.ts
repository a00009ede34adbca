/**
 * The whole mapping, graph → every collection's entries, pure: the loader stores the result and
 * tests call it on a small graph.
 */
import { messageLink, type SiteConfig } from '../config/site-config.ts';
import type { ContentGraph } from '../graph/types.ts';
import type { RenderedGuide } from '../pipeline/render-guides.ts';
import type { RenderedNote } from '../pipeline/render-notes.ts';
import type { PreviewReport } from '../preview/preview-report.ts';
import type { FlagEntry, KfuncEntry, NoticeEntry, OverviewEntry, PatchEntry, VersionEntry } from './entry-types.ts';
import { graphContext } from './graph-context.ts';
import { mergeNotices } from './note-notice.ts';
import { toGuidePages, type GuidePage } from './to-guide-pages.ts';
import { toFlagEntries } from './to-flag-entries.ts';
import { toKfuncEntry } from './to-kfunc-entry.ts';
import { toNotices } from './to-notices.ts';
import { toOverview } from './to-overview.ts';
import { toPatchEntries } from './to-patch-entries.ts';
import { toPreviewView, type PreviewView } from './to-preview-view.ts';
import { toVersionEntries } from './to-version-entries.ts';

export interface SiteData {
  kfuncs: KfuncEntry[];
  flags: FlagEntry[];
  versions: VersionEntry[];
  /** The graph's deprecation notices and those only a hand-written note gives, newest first. */
  notices: NoticeEntry[];
  /** Mailing-list patches of content/patches/, newest first. */
  patches: PatchEntry[];
  overview: OverviewEntry;
  /** The rendered guides of the newest version (none when built from a graph JSON alone). */
  guides: GuidePage[];
  /** `kfuncdoc preview --serve`: the report of the patch the site shows (its pages read it from the handoff, not a collection). */
  preview?: PreviewView;
  /** The graph export served as /graph.json. */
  graphJson: string;
  /** What pages need from the site config and the graph as a whole. */
  site: SiteMeta;
}

export interface SiteMeta {
  messageIdUrl: string;
  newest: string;
  versions: string[];
  /** How many guides and patches there are: pages skip reading an empty collection (Astro warns). */
  guides: number;
  patches: number;
}

/** What the site shows besides the graph. */
export interface SiteSources {
  /** The guides of the newest version, rendered. */
  guides?: readonly RenderedGuide[];
  /** The hand-written kfunc notes, rendered. */
  notes?: readonly RenderedNote[];
  /** `kfuncdoc preview --serve`: the report of the patch. */
  preview?: PreviewReport;
}

export function toSiteData(graph: ContentGraph, config: SiteConfig, sources: SiteSources = {}): SiteData {
  const { guides = [], notes = [], preview } = sources;
  const ctx = graphContext(graph, config, guides);
  const versions = toVersionEntries(ctx);
  const fromGraph = toNotices(ctx);
  const noteOf = new Map(notes.map((n) => [n.kfunc, n]));
  const kfuncs = graph.kfuncs
    // A kfunc with no version among the graph's versions has nothing to show.
    .filter((k) => graph.versions.some((v) => k.versions[v]))
    .map((k) => {
      const entry = toKfuncEntry(k, ctx);
      const note = noteOf.get(k.name);
      return note ? { ...entry, note: { file: note.file, html: note.html } } : entry;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const current = new Set(kfuncs.filter((k) => k.status === 'active' || k.status === 'deprecated').map((k) => k.name));
  const notices = mergeNotices(
    fromGraph,
    notes.map((n) => ({ id: n.id, data: { kfunc: n.kfunc, ...(n.deprecation ? { deprecation: n.deprecation } : {}) } })),
    { messageLink: (id) => messageLink(config, id), newest: ctx.newest, inNewest: (name) => current.has(name), exists: (name) => kfuncs.some((k) => k.name === name) },
  );
  return {
    kfuncs,
    flags: toFlagEntries(ctx),
    versions,
    notices,
    patches: toPatchEntries(ctx),
    overview: toOverview(ctx, versions, fromGraph),
    guides: toGuidePages(guides, ctx),
    ...(preview ? { preview: toPreviewView(preview, ctx) } : {}),
    graphJson: JSON.stringify(graph),
    site: { messageIdUrl: config.messageIdUrl, newest: ctx.newest, versions: graph.versions, guides: guides.length, patches: graph.patches?.length ?? 0 },
  };
}
