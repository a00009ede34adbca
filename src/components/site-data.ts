/** Typed reads of the collections the loader filled; pages use these and nothing else. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { messageLink } from '../config/site-config.ts';
import type { FlagEntry, KfuncEntry, NoticeEntry, OverviewEntry, PatchEntry, VersionEntry } from '../integration/entry-types.ts';
import type { SiteMeta } from '../integration/to-site-data.ts';
import type { PreviewView } from '../integration/to-preview-view.ts';
import { mergeNotices, type NoteInput } from '../integration/note-notice.ts';

export async function kfuncEntries(): Promise<KfuncEntry[]> {
  return (await getCollection('kfuncs')).map((e: { data: KfuncEntry }) => e.data);
}

export async function flagEntries(): Promise<FlagEntry[]> {
  return (await getCollection('flags')).map((e: { data: FlagEntry }) => e.data);
}

/** The rendered guides (whole entries: `render(entry)` gives their HTML and headings), by path. */
export async function guideEntries(): Promise<CollectionEntry<'guides'>[]> {
  // Astro warns about an empty collection; a site built from a graph JSON alone has no guides.
  if ((await siteEntry()).guides === 0) return [];
  return (await getCollection('guides')).sort((a: CollectionEntry<'guides'>, b: CollectionEntry<'guides'>) => a.data.path.localeCompare(b.data.path));
}

/** Newest first; none when content/patches/ holds no patch. */
export async function patchEntries(): Promise<PatchEntry[]> {
  if ((await siteEntry()).patches === 0) return [];
  return (await getCollection('patches')).map((e: { data: PatchEntry }) => e.data).sort((a: PatchEntry, b: PatchEntry) => (b.date ?? '').localeCompare(a.date ?? '') || a.subject.localeCompare(b.subject));
}

export async function versionEntries(): Promise<VersionEntry[]> {
  return (await getCollection('versions')).map((e: { data: VersionEntry }) => e.data);
}

async function meta<T>(id: string): Promise<T> {
  const entry = await getEntry('meta', id);
  if (!entry) throw new Error(`the meta collection has no "${id}" entry: the graph loader did not run`);
  return entry.data as unknown as T;
}

export const overviewEntry = () => meta<OverviewEntry>('overview');
export const siteEntry = () => meta<SiteMeta>('site');
export const graphJson = async () => (await meta<{ json: string }>('graph')).json;

/** On a preview server (`kfuncdoc preview --serve`): the patch's report; undefined on the site itself. */
export async function previewEntry(): Promise<PreviewView | undefined> {
  // Asking for an entry that is not there makes Astro warn: only a preview server has one.
  if (!(await siteEntry()).preview) return undefined;
  return (await getEntry('meta', 'preview'))?.data as PreviewView | undefined;
}

/**
 * Every kfunc page asks for the notes and notices: a static build computes them once. `astro dev`
 * does not memoise, so an edited note shows on reload.
 */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (value ??= make()));
}

/** Hand-written notes, keyed by the kfunc they are about. */
export const noteEntries = once(async (): Promise<Map<string, CollectionEntry<'notes'>>> => {
  const notes = await getCollection('notes');
  return new Map(notes.map((n: CollectionEntry<'notes'>) => [n.data.kfunc ?? n.id, n]));
});

/** The graph's deprecation notices and those of hand-written notes, newest first. */
export const noticeEntries = once(async (): Promise<NoticeEntry[]> => {
  const [fromGraph, notes, site, kfuncs] = await Promise.all([
    getCollection('notices').then((c: { data: NoticeEntry }[]) => c.map((e) => e.data)),
    noteEntries(),
    siteEntry(),
    kfuncEntries(),
  ]);
  const current = new Set(kfuncs.filter((k) => k.status === 'active' || k.status === 'deprecated').map((k) => k.name));
  const inputs: NoteInput[] = [...notes.values()].map((n) => ({ id: n.id, data: n.data }));
  return mergeNotices(fromGraph, inputs, {
    messageLink: (id) => messageLink(site, id),
    newest: site.newest,
    inNewest: (name) => current.has(name),
    exists: (name) => kfuncs.some((k) => k.name === name),
  });
});
