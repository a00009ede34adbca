/**
 * Compares what src/kerneldoc reads from one file with what the kernel's own kernel-doc printed
 * for it. Markup is compared loosely (kernel-doc's -rst output has already turned `@p` into
 * `**p**` and `%NULL` into ``` ``NULL`` ```), text strictly after whitespace is collapsed.
 */
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.ts';
import {
  documentsName,
  findFunctionDefinitions,
  matchKernelDoc,
  parseKernelDoc,
  type KernelDocComment,
  type KernelDocDialect,
} from '../../../src/kerneldoc/index.ts';
import type { OracleEntry } from './read-rst-output.ts';

export interface Disagreement {
  file: string;
  name: string;
  what: string;
  ours: string;
  oracle: string;
}

export interface FileComparison {
  /** Functions and function-like macros both sides documented. */
  compared: number;
  matched: number;
  comparedNames: string[];
  /** Per field: how many were compared and how many agreed. */
  fields: Record<'summary' | 'params' | 'paramDescriptions' | 'returns' | 'sections', { compared: number; agreed: number }>;
  disagreements: Disagreement[];
  /** kernel-doc's "expecting prototype for X(). Prototype was for Y()" warnings, and ours. */
  nameMismatches: { oracle: string[]; ours: string[] };
  /** kernel-doc's "not described" / "Excess … description" warnings on definitions, and ours, as `function:param`. */
  paramWarnings: { oracle: string[]; ours: string[] };
  diagnostics: Diagnostic[];
}

/**
 * Strips what either side uses as markup, so `@p`/`**p**`, `%NULL`/``` ``NULL`` ``` and
 * `&struct x`/`:c:type:` compare equal.
 */
export function looseText(text: string): string {
  return text
    .replace(/:c:type:`([^`<]*?)\s*(?:<[^>]*>)?`/g, '$1')
    .replace(/\\\(\\\)/g, '()')
    .replace(/[*`@%&\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What kernel-doc can read a function comment's prototype from; a struct after it is "cannot understand". */
const FUNCTION_LIKE = new Set(['function', 'prototype', 'macro']);

export function compareWithOracle(file: string, text: string, oracle: OracleEntry[], stderr: string, dialect: KernelDocDialect): FileComparison {
  const { comments, diagnostics } = parseKernelDoc(file, text, { dialect });
  const defs = findFunctionDefinitions(file, text);
  const result: FileComparison = {
    compared: 0,
    matched: 0,
    comparedNames: [],
    fields: {
      summary: { compared: 0, agreed: 0 },
      params: { compared: 0, agreed: 0 },
      paramDescriptions: { compared: 0, agreed: 0 },
      returns: { compared: 0, agreed: 0 },
      sections: { compared: 0, agreed: 0 },
    },
    disagreements: [],
    nameMismatches: { oracle: [], ours: [] },
    paramWarnings: { oracle: [], ours: [] },
    diagnostics: [...diagnostics],
  };
  const documented = comments.filter(
    (c) => c.kind === 'function' && c.followedBy && documentsName(c.name, c.followedBy.name) && FUNCTION_LIKE.has(c.followedBy.kind),
  );
  const ours = new Map<string, KernelDocComment[]>();
  for (const c of documented) ours.set(c.name, [...(ours.get(c.name) ?? []), c]);
  const differ = (name: string, what: string, a: unknown, b: unknown) =>
    result.disagreements.push({ file, name, what, ours: String(a), oracle: String(b) });

  for (const entry of oracle) {
    const mine = ours.get(entry.name)?.shift();
    if (!mine) {
      differ(entry.name, 'only kernel-doc documents it', '', entry.signature);
      continue;
    }
    result.compared++;
    result.comparedNames.push(entry.name);
    const before = result.disagreements.length;
    compareEntry(mine, entry, result, differ);
    if (result.disagreements.length === before) result.matched++;
  }
  for (const [name, left] of ours) for (const c of left) differ(name, 'only we document it', `${c.file}:${c.line}`, '');

  for (const m of stderr.matchAll(/expecting prototype for (.+?)\(\)\. Prototype was for (\w+)\(\) instead/g)) {
    result.nameMismatches.oracle.push(`${m[1]}->${m[2]}`);
  }
  for (const m of stderr.matchAll(/(?:function parameter|Function parameter or (?:struct )?member) '([^']+)' not described in '(\w+)'|Excess function parameter '([^']+)' description in '(\w+)'/g)) {
    result.paramWarnings.oracle.push(m[1] ? `${m[2]}:${m[1]}` : `${m[4]}:${m[3]}`);
  }
  const byLine = new Map(defs.map((d) => [d.line, d]));
  const checked = new Set<string>();
  for (const c of comments) {
    if (c.kind !== 'function' || !c.followedBy || (!FUNCTION_LIKE.has(c.followedBy.kind) && c.followedBy.kind !== 'other')) continue;
    const def = c.followedBy.kind === 'function' ? byLine.get(c.followedBy.line) : undefined;
    const found = matchKernelDoc(c, def);
    result.diagnostics.push(...found);
    if (found.some((d) => d.code === 'kerneldoc-name-mismatch')) {
      result.nameMismatches.ours.push(`${c.name}->${c.followedBy.name}`);
      // kernel-doc stops at a wrong name, so it never compares that comment's params.
      continue;
    }
    if (!def) continue;
    checked.add(def.name);
    for (const d of found) {
      const m = /^parameter (\S+) of|^@(\S+) (?:is described|in the kernel-doc)/.exec(d.message);
      if (m?.[1]) result.paramWarnings.ours.push(`${def.name}:${m[1]}`);
      else if (m?.[2]) result.paramWarnings.ours.push(`${def.name}:${m[2]}`);
      if (d.code === 'kerneldoc-param-misspelled') {
        const guess = /parameter (\S+)$/.exec(d.message)?.[1];
        if (guess) result.paramWarnings.ours.push(`${def.name}:${guess}`);
      }
    }
  }
  // Perl's kernel-doc words struct members the same way, and it checks prototypes too; keep the
  // functions whose comment sits on a definition, the ones matchKernelDoc checks.
  result.paramWarnings.oracle = [...new Set(result.paramWarnings.oracle)].filter((w) => checked.has(w.split(':')[0])).sort();
  result.paramWarnings.ours = [...new Set(result.paramWarnings.ours)].sort();
  result.nameMismatches.oracle = [...new Set(result.nameMismatches.oracle)].sort();
  result.nameMismatches.ours.sort();
  return result;
}

function compareEntry(
  mine: KernelDocComment,
  entry: OracleEntry,
  result: FileComparison,
  differ: (name: string, what: string, a: unknown, b: unknown) => void,
): void {
  const f = result.fields;
  const name = entry.name;
  f.summary.compared++;
  if (looseText(mine.summary) === looseText(entry.summary)) f.summary.agreed++;
  else differ(name, 'summary', mine.summary, entry.summary);

  // kernel-doc prints the prototype's parameters; a documented one shows its text, others *undescribed*.
  const described = entry.params.filter((p) => p.description !== null && !isAutomatic(p, mine));
  const oursNames = mine.params.map((p) => p.name).filter((n) => entry.params.some((p) => p.name === n));
  f.params.compared++;
  if (described.map((p) => p.name).sort().join(',') === [...new Set(oursNames)].sort().join(',')) f.params.agreed++;
  else differ(name, 'described params', oursNames.join(','), described.map((p) => p.name).join(','));
  for (const p of described) {
    const m = mine.params.find((q) => q.name === p.name);
    if (!m) continue;
    f.paramDescriptions.compared++;
    if (looseText(m.description) === looseText(p.description ?? '')) f.paramDescriptions.agreed++;
    else differ(name, `@${p.name}`, m.description, p.description);
  }

  const oracleReturn = entry.sections.find((s) => s.name === 'Return');
  f.returns.compared++;
  if ((mine.returns !== null) === (oracleReturn !== undefined)) f.returns.agreed++;
  else differ(name, 'Return present', mine.returns !== null, oracleReturn !== undefined);

  f.sections.compared++;
  const a = mine.sections.map((s) => `${s.name}: ${looseText(s.text)}`);
  const b = entry.sections.map((s) => `${s.name}: ${looseText(s.text)}`);
  if (a.join('\n') === b.join('\n')) f.sections.agreed++;
  else differ(name, 'sections', a.join(' || '), b.join(' || '));
}

/** kernel-doc fills in "no arguments" for `void` and "variable arguments" for an undocumented `...`. */
function isAutomatic(p: { name: string; description: string | null }, mine: KernelDocComment): boolean {
  if (p.name === 'void' && p.description === 'no arguments') return true;
  return p.name === '...' && p.description === 'variable arguments' && !mine.params.some((q) => q.name === '...');
}
