import type { RstDocument } from '../rst/rst-document.ts';
import type { Permalinks } from './permalinks.ts';
import type { KfuncChange } from './preview-report.ts';

/**
 * Lines of `after` that `before` does not have (as a multiset of texts): what a patch wrote,
 * however many patches of a series touched the file and wherever their hunks landed.
 */
export function writtenLines(before: string | undefined, after: string): Set<number> {
  const old = new Map<string, number>();
  for (const line of (before ?? '').split('\n')) old.set(line, (old.get(line) ?? 0) + 1);
  const out = new Set<number>();
  after.split('\n').forEach((line, i) => {
    const n = old.get(line) ?? 0;
    if (n > 0) old.set(line, n - 1);
    else out.add(i + 1);
  });
  return out;
}

/** Kfuncs that the lines a patch writes in a guide name, each once, at its first mention. */
export function mentionedKfuncs(doc: RstDocument, written: ReadonlySet<number>, isKfunc: (name: string) => boolean, links: Permalinks): KfuncChange[] {
  const seen = new Set<string>();
  const out: KfuncChange[] = [];
  for (const m of doc.kfuncMentions) {
    if (!written.has(m.line) || seen.has(m.name) || !isKfunc(m.name)) continue;
    seen.add(m.name);
    out.push({ name: m.name, kind: 'mentioned', file: doc.path, line: m.line, changes: [], permalink: links.kfunc(m.name) });
  }
  return out;
}
