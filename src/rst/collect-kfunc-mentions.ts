/**
 * Identifiers that may name a kfunc: calls written in prose (`bpf_obj_new()`, which the kernel's
 * automarkup links too) and in code, plus bare names with `bpf_` in them. Candidates only: the
 * graph keeps those that name a registered kfunc and reports the rest.
 */
import { expandTabs, sourceColumn } from './expand-tabs.ts';
import type { ProseRun } from './prose-runs.ts';
import type { KfuncMention } from './rst-document.ts';
import type { RstPoint, RstRoot } from './rst-tree.ts';
import { walkTree } from './walk-tree.ts';

const IDENTIFIER = /(?<![\w.>-])([A-Za-z_]\w*)(\s*\()?/g;
const NOT_A_FUNCTION = new Set(['if', 'for', 'while', 'switch', 'return', 'sizeof', 'typeof', 'defined', 'case', 'do', 'else']);
const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode', 'c:function', 'c:macro']);

type Locate = (line: number, index: number) => RstPoint;

function scan(text: string, context: KfuncMention['context'], locate: Locate, out: KfuncMention[]): void {
  text.split('\n').forEach((lineText, lineIndex) => {
    for (const m of lineText.matchAll(IDENTIFIER)) {
      // In prose a call is `name()`; in code, `name(`.
      const call = m[2] !== undefined && (context === 'code' || lineText.startsWith(')', m.index + m[0].length));
      if (!/[a-z]/.test(m[1]) || NOT_A_FUNCTION.has(m[1]) || (!call && !m[1].includes('bpf_'))) continue;
      if (/\b(?:struct|union|enum)\s+$/.test(lineText.slice(0, m.index))) continue;
      const p = locate(lineIndex, m.index);
      out.push({ name: m[1], line: p.line, column: p.column, call, context });
    }
  });
}

export function collectKfuncMentions(root: RstRoot, runs: readonly ProseRun[], lines: readonly string[]): KfuncMention[] {
  const out: KfuncMention[] = [];
  for (const run of runs) {
    const starts = [0];
    for (let i = run.text.indexOf('\n'); i !== -1; i = run.text.indexOf('\n', i + 1)) starts.push(i + 1);
    scan(run.text, 'text', (line, index) => run.at(starts[line] + index), out);
  }
  for (const node of walkTree(root)) {
    if (node.type === 'literal' || node.type === 'role') {
      scan(node.value, node.type === 'literal' ? 'literal' : 'role', inlineLocator(node.value, node.position.start, lines), out);
    } else if (node.type === 'literal_block') {
      scan(node.value, 'code', codeLocator(node.value, firstContentLine(lines, node.position.start.line), lines), out);
    } else if (node.type === 'directive' && CODE_DIRECTIVES.has(node.name) && node.contentStart) {
      scan(node.content, 'code', codeLocator(node.content, node.contentStart.line, lines), out);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Text of an inline literal or role: find each of its lines on the source line it came from. */
function inlineLocator(value: string, start: RstPoint, lines: readonly string[]): Locate {
  const valueLines = value.split('\n');
  return (i, index) => {
    const line = start.line + i;
    const source = lines[line - 1] ?? '';
    const found = source.indexOf(valueLines[i], i === 0 ? start.column - 1 : 0);
    return { line, column: (found === -1 ? start.column - 1 : found) + index + 1 };
  };
}

/** Code lines are dedented and tab-expanded: map each column back to the line as written. */
function codeLocator(content: string, firstLine: number, lines: readonly string[]): Locate {
  const contentLines = content.split('\n');
  return (i, index) => {
    const line = firstLine + i;
    const source = lines[line - 1] ?? '';
    const indent = Math.max(0, expandTabs(source).length - contentLines[i].length);
    return { line, column: sourceColumn(source, indent + index + 1) };
  };
}

function firstContentLine(lines: readonly string[], markerLine: number): number {
  let line = markerLine + 1;
  while (line <= lines.length && lines[line - 1].trim() === '') line++;
  return line;
}
