/**
 * The layers every C reader here works on: comments blanked, directives blanked, top-level
 * statements. Remembers the last text, because the graph builder asks for definitions and for
 * kernel-doc of the same file one after the other.
 */
import { blankDirectives, type DirectiveFreeCode } from './blank-directives.ts';
import { indexLines, type LineIndex } from './line-index.ts';
import { maskComments } from './mask-c.ts';
import { scanTopLevel, type TopLevelStatement } from './scan-top-level.ts';

export interface CAnalysis extends DirectiveFreeCode {
  text: string;
  statements: TopLevelStatement[];
  lines: LineIndex;
}

let last: CAnalysis | null = null;

export function analyzeC(text: string): CAnalysis {
  if (last && last.text === text) return last;
  const directiveFree = blankDirectives(maskComments(text));
  last = {
    text,
    ...directiveFree,
    statements: scanTopLevel(directiveFree.code, directiveFree.conditionals),
    lines: indexLines(text),
  };
  return last;
}
