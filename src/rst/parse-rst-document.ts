import { collectKernelDocDirectives } from './collect-kernel-doc-directives.ts';
import { collectKfuncMentions } from './collect-kfunc-mentions.ts';
import { collectLabels } from './collect-labels.ts';
import { collectReferences } from './collect-references.ts';
import { collectSectionMentions } from './collect-section-mentions.ts';
import { collectSections } from './collect-sections.ts';
import type { RstParseCache } from './parse-chunk.ts';
import { parseRstTree } from './parse-rst-tree.ts';
import { proseRuns } from './prose-runs.ts';
import type { RstDocument } from './rst-document.ts';

export interface ParseRstOptions {
  /** Parsed section bodies by text, shared across calls: an edited file re-parses only what changed. */
  cache?: RstParseCache;
}

/**
 * One .rst file → its document model: sections, labels, references, kernel-doc directives,
 * kfunc and section-number mentions, parse diagnostics and the typed tree. Pure and plain data:
 * cache it by the hash of `text` (and pass `cache` to reuse unchanged sections of a changed file).
 */
export function parseRstDocument(path: string, text: string, options: ParseRstOptions = {}): RstDocument {
  const { tree, diagnostics } = parseRstTree(text, path, options.cache);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const labels = collectLabels(tree);
  const sections = collectSections(tree).map((section, index) => ({
    ...section,
    labels: labels.filter((l) => l.attachedTo?.kind === 'section' && l.attachedTo.section === index).map((l) => l.name),
  }));
  const runs = proseRuns(tree, lines);
  return {
    path,
    title: sections.find((s) => s.parent === null)?.title ?? null,
    sections,
    labels,
    references: collectReferences(tree),
    kernelDocDirectives: collectKernelDocDirectives(tree),
    kfuncMentions: collectKfuncMentions(tree, runs, lines),
    sectionMentions: collectSectionMentions(runs),
    diagnostics,
    tree,
  };
}
