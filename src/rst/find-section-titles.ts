/**
 * Section titles found line by line, with docutils' rules: a text line at column 0 that starts a
 * block, under a line of one repeated punctuation character; or such a line above and below.
 * restructured gets titles wrong after a list (`4. Core kfuncs` under an enumerated list is read
 * as item 4 and every later heading as text), so titles are found here and only the bodies
 * between them go through restructured.
 */
import { columnWidth } from './column-width.ts';
import type { RstAdornment as Adornment } from './rst-tree.ts';

export interface FoundTitle {
  /** The title text as written (trailing whitespace removed; also leading for overlined titles). */
  text: string;
  line: number;
  column: number;
  underline: Adornment;
  overline: Adornment | null;
  /** docutils' style key: the underline character, with the overline character when there is one. */
  style: string;
  /** First and last line of the title block (overline … underline). */
  startLine: number;
  endLine: number;
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;
/** Lines that start another construct in docutils' Body state before a title is considered. */
const NOT_A_TITLE = /^(\.\.(\s|$)|[-+*•‣⁃](\s|$)|:[^:\s][^:]*:(\s|$)|\|(\s|$))/;

function adornment(line: string | undefined, lineNo: number): Adornment | null {
  if (line === undefined || !ADORNMENT.test(line)) return null;
  return { char: line[0], length: line.trimEnd().length, line: lineNo };
}

const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
const indented = (line: string): boolean => /^\s/.test(line);

export function findSectionTitles(lines: readonly string[]): FoundTitle[] {
  const titles: FoundTitle[] = [];
  let blockStart = true;
  let inExplicitMarkup = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (blank(line)) {
      blockStart = true;
      continue;
    }
    if (indented(line)) {
      blockStart = false;
      continue;
    }
    // A column-0 line right after an explicit markup block (`.. _label:`) still starts a block.
    const starts = blockStart || inExplicitMarkup;
    inExplicitMarkup = /^\.\.(\s|$)/.test(line);
    blockStart = false;
    if (!starts) continue;
    const title = overlinedTitle(lines, i) ?? underlinedTitle(lines, i);
    if (!title) continue;
    titles.push(title);
    i = title.endLine - 1;
    inExplicitMarkup = false;
    blockStart = true;
  }
  return titles;
}

function overlinedTitle(lines: readonly string[], i: number): FoundTitle | null {
  const over = adornment(lines[i], i + 1);
  if (!over || blank(lines[i + 1])) return null;
  const under = adornment(lines[i + 2], i + 3);
  const textLine = lines[i + 1];
  if (!under || under.char !== over.char || under.length !== over.length || adornment(textLine, i + 2)) return null;
  const text = textLine.trim();
  return {
    text,
    line: i + 2,
    column: textLine.length - textLine.trimStart().length + 1,
    underline: under,
    overline: over,
    style: `${over.char}${under.char}`,
    startLine: i + 1,
    endLine: i + 3,
  };
}

function underlinedTitle(lines: readonly string[], i: number): FoundTitle | null {
  const textLine = lines[i];
  if (adornment(textLine, i + 1) || NOT_A_TITLE.test(textLine)) return null;
  const under = adornment(lines[i + 1], i + 2);
  if (!under) return null;
  const text = textLine.trimEnd();
  // docutils: an underline shorter than the title and than 4 characters is ordinary text.
  if (under.length < 4 && under.length < columnWidth(text)) return null;
  return { text, line: i + 1, column: 1, underline: under, overline: null, style: under.char, startLine: i + 1, endLine: i + 2 };
}
