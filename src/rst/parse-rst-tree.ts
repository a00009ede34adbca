/**
 * rst text → typed tree. Section titles are found line by line (findSectionTitles), the bodies
 * between them are parsed by restructured (parseBlocks), then the fix-up transforms run.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { expandTabs } from './expand-tabs.ts';
import { findSectionTitles } from './find-section-titles.ts';
import { parseChunk, type RstParseCache } from './parse-chunk.ts';
import { parseInlineLine } from './parse-inline-line.ts';
import type { RstBlock, RstRoot, RstSection } from './rst-tree.ts';
import { assignSectionLevels, type LeveledTitle } from './section-levels.ts';
import { crossReferences } from './transforms/cross-references.ts';
import { fixInlinePositions } from './transforms/fix-inline-positions.ts';
import { labelTargets } from './transforms/label-targets.ts';
import { parseDirectiveBodies } from './transforms/parse-directive-bodies.ts';
import { sectionIds } from './transforms/section-ids.ts';
import { repairBlocks } from './transforms/repair-blocks.ts';
import { sourceColumns } from './transforms/source-columns.ts';
import { splitSectionNumbers } from './transforms/split-section-numbers.ts';
import { structureDirectives } from './transforms/structure-directives.ts';
import { unknownRoles } from './transforms/unknown-roles.ts';

export interface RstTreeParse {
  tree: RstRoot;
  diagnostics: Diagnostic[];
}

export function parseRstTree(text: string, file: string, cache?: RstParseCache): RstTreeParse {
  const source = text.replace(/\r\n?/g, '\n').split('\n');
  if (source.at(-1) === '') source.pop();
  const lines = source.map((l) => expandTabs(l));
  const { titles, inconsistent } = assignSectionLevels(findSectionTitles(lines));
  const diagnostics = inconsistent.map((t) =>
    diagnostic('rst-title-level-inconsistent', 'error', { file, line: t.line, column: t.column }, `title level inconsistent: "${t.text}" is more than one level below the section it is in`, {
      hint: 'give it the underline style of the level right below its section; docutils drops it as a section',
    }),
  );
  const body = (from: number, to: number): RstBlock[] => parseChunk(lines, from, to, cache);

  const root: RstRoot = {
    type: 'root',
    position: { start: { line: 1, column: 1 }, end: { line: lines.length + 1, column: 1 } },
    children: body(1, (titles[0]?.startLine ?? lines.length + 1) - 1),
  };
  const open: RstSection[] = [];
  titles.forEach((title, i) => {
    const next = titles[i + 1];
    const section = toSection(title, lines, titles.slice(i + 1));
    section.children = body(title.endLine + 1, (next?.startLine ?? lines.length + 1) - 1);
    while (open.length && open[open.length - 1].level >= title.level) open.pop();
    (open.length ? open[open.length - 1].children : root.children).push(section);
    open.push(section);
  });

  let tree = repairBlocks(root, lines);
  tree = structureDirectives(tree);
  tree = parseDirectiveBodies(tree, lines);
  for (const transform of [fixInlinePositions, labelTargets, sectionIds, unknownRoles, crossReferences, splitSectionNumbers]) {
    tree = transform(tree);
  }
  return { tree: sourceColumns(tree, source), diagnostics };
}

function toSection(title: LeveledTitle, lines: readonly string[], later: LeveledTitle[]): RstSection {
  const end = later.find((t) => t.level <= title.level)?.startLine ?? lines.length + 1;
  const children = parseInlineLine(title.text, { line: title.line, column: title.column });
  return {
    type: 'section',
    position: { start: { line: title.startLine, column: 1 }, end: { line: end, column: 1 } },
    level: title.level,
    id: '',
    title: {
      type: 'title',
      raw: title.text,
      position: { start: { line: title.line, column: title.column }, end: { line: title.line, column: title.column + title.text.length } },
      children,
    },
    underline: title.underline,
    overline: title.overline,
    children: [],
  };
}
