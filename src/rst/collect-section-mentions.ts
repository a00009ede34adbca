/**
 * Section numbers written into prose: "section 3.1", "sections 2.3.8 and 2.8", "see 2.2.4",
 * "in 2.4". They break silently when the guide is renumbered; a `:ref:` would not.
 */
import type { ProseRun } from './prose-runs.ts';
import type { SectionMention } from './rst-document.ts';

const NUMBER = String.raw`\d+(?:\.\d+)*(?![\d]|\.\d|\w)`;
const EXPLICIT = new RegExp(String.raw`\b[Ss]ections?\s+(${NUMBER}(?:\s*(?:,|and|or|&)\s*${NUMBER})*)`, 'g');
// A bare x.y after these words is a section only when it does not read like a version.
const IMPLICIT = new RegExp(String.raw`\b(?:[Ss]ee|in|under|from|per)\s+(\d+\.\d+(?:\.\d+)*(?![\d]|\.\d|\w))(?!\s*(?:kernel|release|version|-?rc\d|and later|or later|\+))`, 'g');

export function collectSectionMentions(runs: readonly ProseRun[]): SectionMention[] {
  const out: SectionMention[] = [];
  for (const run of runs) {
    for (const m of run.text.matchAll(EXPLICIT)) {
      const listStart = m.index + m[0].length - m[1].length;
      for (const n of m[1].matchAll(new RegExp(NUMBER, 'g'))) {
        const at = run.at(listStart + n.index);
        out.push({ number: n[0], text: m[0].replace(/\s+/g, ' '), line: at.line, column: at.column, explicit: true });
      }
    }
    for (const m of run.text.matchAll(IMPLICIT)) {
      const at = run.at(m.index + m[0].length - m[1].length);
      if (out.some((o) => o.line === at.line && o.column === at.column)) continue;
      out.push({ number: m[1], text: m[0].replace(/\s+/g, ' '), line: at.line, column: at.column, explicit: false });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
