/**
 * Hand-written kfunc notes as the site shows them: what it reads of the frontmatter (the kfunc,
 * a deprecation the source does not carry) and the Markdown body as HTML (markdown-to-html.ts).
 * Rendered where the site's input is built (buildSiteInput), so that the process serving pages
 * never loads a Markdown parser.
 */
import path from 'node:path';
import type { Note } from '../config/note-schema.ts';
import { markdownToHtml } from '../render/markdown-to-html.ts';
import type { KfuncNote } from './read-notes.ts';

export interface RenderedNote {
  /** The file name without `.md`. */
  id: string;
  kfunc: string;
  /** Relative to the content directory's parent (`content/kfuncs/x.md`). */
  file: string;
  deprecation?: Note['deprecation'];
  html: string;
}

export function renderNotes(notes: readonly KfuncNote[]): RenderedNote[] {
  return notes.map((n) => ({
    id: path.basename(n.file, '.md'),
    kfunc: n.kfunc,
    file: n.file,
    ...(n.deprecation ? { deprecation: n.deprecation } : {}),
    html: markdownToHtml(n.text),
  }));
}
