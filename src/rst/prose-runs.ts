/**
 * The running text of each paragraph-like block (paragraph, definition term, unknown line),
 * with a way back from an index in that text to line and column. Inline markup other than
 * plain text becomes one placeholder character, so a phrase never runs through a literal.
 */
import type { RstInline, RstPoint, RstRoot } from './rst-tree.ts';
import { walkTree } from './walk-tree.ts';

export interface ProseRun {
  text: string;
  at(index: number): RstPoint;
}

const PLACEHOLDER = '\uFFFC';

export function proseRuns(root: RstRoot, lines: readonly string[]): ProseRun[] {
  const runs: ProseRun[] = [];
  for (const node of walkTree(root)) {
    if (node.type === 'paragraph' || node.type === 'emphasis' || node.type === 'strong') runs.push(run(node.children, lines));
    else if (node.type === 'definition_list_item') runs.push(run(node.term, lines));
  }
  return runs;
}

function run(children: readonly RstInline[], lines: readonly string[]): ProseRun {
  const parts: { from: number; node: RstInline; value: string }[] = [];
  let text = '';
  for (const node of children) {
    const value = node.type === 'text' ? node.value : PLACEHOLDER;
    parts.push({ from: text.length, node, value });
    text += value;
  }
  return {
    text,
    at(index) {
      const part = [...parts].reverse().find((p) => p.from <= index) ?? parts[0];
      const offset = index - part.from;
      const before = part.value.slice(0, offset);
      const newlines = before.split('\n').length - 1;
      const start = part.node.position.start;
      if (newlines === 0) return { line: start.line, column: start.column + offset };
      // Past a line break inside one text node: find the rest of the text on its source line.
      const line = start.line + newlines;
      const rest = before.slice(before.lastIndexOf('\n') + 1);
      const source = lines[line - 1] ?? '';
      const found = source.indexOf(rest + part.value.slice(offset, offset + 8).split('\n')[0]);
      return { line, column: (found === -1 ? source.length - source.trimStart().length : found) + rest.length + 1 };
    },
  };
}
