/**
 * A `:ref:` link in a rendered guide leads to its target: the URL names the anchor, the element
 * with that id exists, it is the labelled section, and the browser scrolled it into view.
 */
import type { GraphDocument, GraphReference } from '../../../src/graph/types.ts';
import { expect, type Check, type CheckContext, type Site } from '../check.ts';
import { findGuidePath, newestDocuments } from '../guide-pages.ts';

interface RefCase {
  doc: GraphDocument;
  ref: GraphReference & { resolved: { path: string; anchor: string } };
  target: GraphDocument;
  /** The title of the labelled section, when the label is on a section. */
  sectionTitle?: string;
}

const normalise = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();

/** The first resolved `:ref:` in the newest guides that leaves its document (or stays in it). */
function pickRef(site: Site, crossDocument: boolean): RefCase | undefined {
  const docs = newestDocuments(site.graph);
  const cases = docs.flatMap((doc) =>
    doc.references.flatMap((ref) => {
      const r = ref.resolved;
      if (ref.role !== 'ref' || !r?.anchor || r.external || (r.path !== doc.path) !== crossDocument) return [];
      const target = docs.find((d) => d.path === r.path);
      const section = target?.sections.find((s) => s.labels.some((l) => normalise(l) === normalise(ref.target)));
      if (!target || !section || section.level === 0 || !section.number) return [];
      return [{ doc, ref: ref as RefCase['ref'], target, sectionTitle: section.title }];
    }),
  );
  // A link with its own text is the easiest one for a reader (and the check) to find.
  return cases.find((c) => c.ref.text) ?? cases[0];
}

async function followRef(t: CheckContext, c: RefCase, crossDocument: boolean): Promise<void> {
  const anchor = c.ref.resolved.anchor;
  const from = await findGuidePath(t, c.doc);
  await t.open(from);
  const candidates = t.page.locator(`main a[href*="#${anchor}"]`);
  const link = c.ref.text ? candidates.filter({ hasText: c.ref.text }).first() : candidates.first();
  const where = `${from} (${c.doc.path}:${c.ref.line}, :ref:\`${c.ref.target}\`)`;
  expect((await link.count()) > 0, `${where}: no link to #${anchor}${c.ref.text ? ` with text "${c.ref.text}"` : ''}`);
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await t.page.waitForURL((url) => url.hash === `#${anchor}` && (crossDocument ? url.pathname !== from : url.pathname === from), { timeout: 10_000 });
  const to = new URL(t.page.url()).pathname;
  if (crossDocument) {
    const h1 = (await t.page.locator('h1').first().textContent())?.trim();
    expect(!c.target.title || h1?.includes(c.target.title), `${where} led to ${to} whose h1 is "${h1}", expected "${c.target.title}"`);
  }
  const found = await t.page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return undefined;
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const heading = headings.find((h) => h === el || el.contains(h) || el.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { heading: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
  }, anchor);
  expect(found, `${to}: no element with id "${anchor}" (the target of ${where})`);
  if (c.sectionTitle) expect(found.heading.includes(c.sectionTitle), `${to}#${anchor}: the heading there is "${found.heading}", expected "${c.sectionTitle}"`);
  // The browser scrolls on its own; give it a moment, and check the target sits below the sticky header.
  const inView = await t.page
    .waitForFunction(
      (id) => {
        const rect = document.getElementById(id)!.getBoundingClientRect();
        const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
        return rect.top >= header - 2 && rect.top < window.innerHeight;
      },
      anchor,
      { timeout: 5_000 },
    )
    .then(() => true)
    .catch(() => false);
  const top = await t.page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), anchor);
  expect(inView, `${to}#${anchor}: the target is not scrolled into view (its top is at ${top}px, viewport ${t.page.viewportSize()?.height}px)`);
  await t.screenshot(`guide-ref-${crossDocument ? 'cross' : 'local'}-${anchor}`);
  t.note(`${from} → ${to}#${anchor}`);
}

export function guideChecks(site: Site): Check[] {
  return [true, false].map((crossDocument) => ({
    name: `a :ref: link ${crossDocument ? 'to another guide' : 'within a guide'} lands on its anchor`,
    async run(t) {
      const c = pickRef(site, crossDocument);
      expect(c, `graph.json has no resolved :ref: ${crossDocument ? 'between two guides' : 'within a guide'} to a numbered section`);
      await followRef(t, c, crossDocument);
    },
  }));
}
