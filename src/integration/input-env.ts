/**
 * The variables that point the site at input files another process wrote: `kfuncdoc build`'s
 * graph process, or `kfuncdoc preview --serve`. A module of constants only, so that the CLI can
 * name them before it loads anything else.
 */

/** A graph JSON to build from (also `graph` in kfuncdoc.config.json). */
export const GRAPH_ENV = 'KFUNCDOC_GRAPH';

/**
 * The rendered guides JSON that goes with the graph. A graph JSON without it builds a site whose
 * /docs/ says the guides were not rendered.
 */
export const GUIDES_ENV = 'KFUNCDOC_GUIDES';

/** The report of the patch a preview server shows: set by `kfuncdoc preview --serve`. */
export const PREVIEW_ENV = 'KFUNCDOC_PREVIEW';
