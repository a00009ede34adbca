/** Finding a rendered guide the way a reader does: from the /docs/ index, by its title. */
import type { ContentGraph, GraphDocument } from '../../src/graph/types.ts';
import type { CheckContext } from './check.ts';
import { newestVersion } from './graph-queries.ts';

/** The guides of the newest version (the ones /docs/ renders). */
export function newestDocuments(graph: ContentGraph): GraphDocument[] {
  const newest = newestVersion(graph);
  return graph.documents.filter((d) => d.version === newest);
}

export const NOT_RENDERED = 'the rst guides are not rendered under /docs/ yet';

/**
 * Opens /docs/ and returns the site path of the guide whose link text holds `doc.title`;
 * fails saying so when /docs/ does not link it.
 */
export async function findGuidePath(t: CheckContext, doc: GraphDocument): Promise<string> {
  await t.open('/docs/');
  const title = doc.title ?? doc.path;
  const links = await t.page.locator('main a[href*="/docs/"]').evaluateAll((as) =>
    as.map((a) => ({ text: a.textContent?.replace(/\s+/g, ' ').trim() ?? '', path: new URL((a as HTMLAnchorElement).href).pathname })),
  );
  const guides = links.filter((l) => l.path !== '/docs/');
  const link = guides.find((l) => l.text === title) ?? guides.find((l) => l.text.includes(title));
  if (!link) {
    throw new Error(`/docs/ has no link to the guide "${title}" (${doc.path}; it links ${guides.length} guides) — ${NOT_RENDERED}?`);
  }
  return link.path;
}

/** Any rendered guide page linked from /docs/ (for scans that need one of them). */
export async function anyGuidePath(t: CheckContext): Promise<string> {
  const docs = newestDocuments(t.site.graph);
  const kfuncs = docs.find((d) => d.path.endsWith('/kfuncs.rst')) ?? docs[0];
  if (!kfuncs) throw new Error('graph.json has no document in the newest version');
  return findGuidePath(t, kfuncs);
}
