/**
 * What the renderer asks of its caller: every link goes through a callback, so rendering stays
 * pure and knows nothing of the graph, the site's URLs or which documents exist. Nothing here
 * reports: a check already said which references are broken (Sphinx's habit: resolve, never
 * warn twice).
 */
import type { RstParseCache } from '../rst/parse-chunk.ts';
import type { KernelDocDirective } from '../rst/rst-document.ts';

export interface LinkTarget {
  href: string;
  /** What a link without explicit text shows: the target section's title as written, number included. */
  title: string;
}

/** One function a `.. kernel-doc::` directive pulls in. Text fields are kernel-doc text, rendered and escaped here. */
export interface KernelDocEntry {
  name: string;
  /** The kfunc's page; undefined for a function that is not a kfunc. */
  href?: string;
  /** The kernel-doc summary line (`%NULL`, `@p`, `func()` markup allowed). */
  summary: string;
  /** The C prototype, shown as code. */
  signature?: string;
  /** The rest of the kernel-doc text (description, `Return:`), rendered as blocks. */
  description?: string;
}

export interface RenderContext {
  /** The document's path in the tree (`Documentation/bpf/kfuncs.rst`): relative `:doc:`s and paths resolve from it. */
  path: string;
  /**
   * The document's text. restructured hands tables over as paragraphs, so they are re-read from
   * here; without it a table renders as preformatted text.
   */
  source?: string;
  /**
   * restructured results by text, shared across renders (any Map): table cells and footnotes are
   * parsed when rendered, and most of a re-render after an edit is tables that did not change.
   */
  parseCache?: RstParseCache;
  /** A `:ref:` label (normalised, as `fullyNormalizeName` gives it) → its page and anchor. */
  resolveLabel(name: string): LinkTarget | undefined;
  /** A document path (`Documentation/core-api/kref.rst`) → its URL (ours, or docs.kernel.org), or undefined when it does not exist. */
  docHref(path: string): string | undefined;
  /** A document's title, for `:doc:` links and paths written without explicit text (as Sphinx shows them). */
  docTitle?(path: string): string | undefined;
  /** Every document path known (`Documentation/bpf/map_array.rst` …), for a `:glob:` toctree's patterns. */
  documentPaths?(): readonly string[];
  /** A function name → its kfunc page, or undefined when it is not a kfunc. */
  kfuncHref(name: string): string | undefined;
  /** The functions a `.. kernel-doc::` directive names (none when the caller knows none). */
  kernelDocEntries?(directive: KernelDocDirective): KernelDocEntry[];
  /** The text of the `DOC:` block a directive's `:doc: TITLE` names (kernel-doc markup), when known. */
  kernelDocBlock?(directive: KernelDocDirective): string | undefined;
  /**
   * Leave out the document title's heading (the page shows it) and start the sections below it
   * at `<h2>`, as a Starlight page expects.
   */
  omitTitle?: boolean;
}
