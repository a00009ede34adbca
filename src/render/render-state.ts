/**
 * What handlers share while one document renders: the caller's context, what the document
 * defines (labels, footnotes, section numbers), ids given out, the headings met, and where in
 * the tree rendering is (inside a paragraph, a link, which sections).
 */
import type { ElementContent } from 'hast';
import type { RstNode, RstRoot, RstSection } from '../rst/rst-tree.ts';
import type { DocumentTargets } from './document-targets.ts';
import type { Footnotes } from './footnotes.ts';
import type { RenderContext } from './render-context.ts';
import type { TextRule } from './text-rules.ts';

/** A heading as Starlight's "On this page" wants it. */
export interface Heading {
  /** The `<hN>` level. */
  depth: number;
  /** The heading's id (docutils-style, no section number). */
  slug: string;
  /** The title as written, number included. */
  text: string;
}

export interface RenderState {
  readonly context: RenderContext;
  readonly tree: RstRoot;
  readonly targets: DocumentTargets;
  readonly footnotes: Footnotes;
  /** `.. sectnum::` numbers. */
  readonly sectionNumbers: Map<RstSection, string>;
  /** The document title's section when the page shows the title itself (`omitTitle`). */
  readonly omittedTitle: RstSection | null;
  readonly headings: Heading[];
  /** Nodes already given positions (see `stamp`). */
  readonly stamped: WeakSet<ElementContent>;
  /** Sections rendering, outermost first. */
  readonly sections: RstSection[];
  /** Inside a paragraph: automarkup applies (it does only there, as in automarkup.py). */
  inParagraph: boolean;
  /** Inside a link: no link may be nested. */
  inLink: boolean;
  /** Patterns turned into links in text: in paragraphs (automarkup too) and elsewhere. */
  readonly rules: { paragraph: TextRule[]; other: TextRule[] };
  /** The language `.. highlight::` set for `::` blocks, or null to guess. */
  highlightLanguage: string | null;
  /** Renders one node through the handler table. */
  one(node: RstNode): ElementContent[];
  all(nodes: readonly RstNode[]): ElementContent[];
  /** Takes `id` if no element has it yet; false when it is taken (the later element goes without). */
  claimId(id: string): boolean;
}
