/**
 * Typed reads of the site's data; pages use these and nothing else. The site reads the
 * collections the loader filled. A preview server (`kfuncdoc preview --serve`) reads the data its
 * process mapped from the patched input (preview-handoff.ts): Astro's content store would add a
 * second sync, a 3 MB serialisation and its reading back between the input and the first page.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { FlagEntry, KfuncEntry, NoticeEntry, OverviewEntry, PatchEntry, VersionEntry } from '../integration/entry-types.ts';
import type { SiteData, SiteMeta } from '../integration/to-site-data.ts';
import type { GuidePage } from '../integration/to-guide-pages.ts';
import type { PreviewView } from '../integration/to-preview-view.ts';
import { previewHandoff } from '../integration/preview-handoff.ts';

/** A preview server's data; undefined on the site itself. */
const previewData = (): Promise<SiteData> | undefined => previewHandoff()?.siteData;

/** From the preview's data when there is one, else from the collections. Lists are copies: pages may sort them. */
async function read<T>(fromPreview: (data: SiteData) => T, fromCollections: () => Promise<T>): Promise<T> {
  const data = previewData();
  return data ? fromPreview(await data) : fromCollections();
}

export async function kfuncEntries(): Promise<KfuncEntry[]> {
  return read(
    (d) => [...d.kfuncs],
    async () => (await getCollection('kfuncs')).map((e: { data: KfuncEntry }) => e.data),
  );
}

export async function flagEntries(): Promise<FlagEntry[]> {
  return read(
    (d) => [...d.flags],
    async () => (await getCollection('flags')).map((e: { data: FlagEntry }) => e.data),
  );
}

/** The rendered guides, by path, with their HTML and the headings of their "On this page". */
export async function guideEntries(): Promise<GuidePage[]> {
  return read(
    (d) => [...d.guides],
    async () => {
      // Astro warns about an empty collection; a site built from a graph JSON alone has no guides.
      if ((await siteEntry()).guides === 0) return [];
      return (await getCollection('guides'))
        .map((e: CollectionEntry<'guides'>) => ({ entry: e.data, html: e.rendered?.html ?? '', headings: (e.rendered?.metadata?.headings ?? []) as GuidePage['headings'] }))
        .sort((a: GuidePage, b: GuidePage) => a.entry.path.localeCompare(b.entry.path));
    },
  );
}

/** Newest first; none when content/patches/ holds no patch. */
export async function patchEntries(): Promise<PatchEntry[]> {
  return read(
    (d) => [...d.patches],
    async () => {
      if ((await siteEntry()).patches === 0) return [];
      return (await getCollection('patches')).map((e: { data: PatchEntry }) => e.data);
    },
  ).then((patches: PatchEntry[]) => patches.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.subject.localeCompare(b.subject)));
}

export async function versionEntries(): Promise<VersionEntry[]> {
  return read(
    (d) => [...d.versions],
    async () => (await getCollection('versions')).map((e: { data: VersionEntry }) => e.data),
  );
}

async function meta<T>(id: string): Promise<T> {
  const entry = await getEntry('meta', id);
  if (!entry) throw new Error(`the meta collection has no "${id}" entry: the graph loader did not run`);
  return entry.data as unknown as T;
}

export const overviewEntry = () => read((d) => d.overview, () => meta<OverviewEntry>('overview'));
export const siteEntry = () => read((d) => d.site, () => meta<SiteMeta>('site'));
export const graphJson = () => read((d) => d.graphJson, async () => (await meta<{ json: string }>('graph')).json);

/** On a preview server (`kfuncdoc preview --serve`): the patch's report; undefined on the site itself. */
export async function previewEntry(): Promise<PreviewView | undefined> {
  return (await previewData())?.preview;
}

/** The graph's deprecation notices and those only a hand-written note gives, newest first. */
export const noticeEntries = (): Promise<NoticeEntry[]> =>
  read(
    (d) => [...d.notices],
    async () => (await getCollection('notices')).map((e: { data: NoticeEntry }) => e.data),
  );
