/**
 * The rendered guides → the `guides` collection: an entry per page (/docs/<id>/) whose HTML and
 * headings become the entry's `rendered`, so `render(entry)` gives Starlight's "On this page".
 */
import type { RenderedGuide } from '../pipeline/render-guides.ts';
import type { Heading } from '../render/render-state.ts';
import type { GuideEntry } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { guideId } from './guide-hrefs.ts';

export interface GuidePage {
  entry: GuideEntry;
  html: string;
  headings: Heading[];
}

export function toGuidePages(guides: readonly RenderedGuide[], ctx: GraphContext): GuidePage[] {
  return [...guides]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((g) => ({
      entry: {
        id: guideId(g.path),
        path: g.path,
        version: g.version,
        title: g.title,
        sections: g.sections,
        kernelOrgUrl: g.kernelOrgUrl,
        source: ctx.source(g.path, 1, g.version),
      },
      html: g.html,
      headings: g.headings,
    }));
}
