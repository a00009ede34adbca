/**
 * Pairs kfuncs that left a version with kfuncs that arrived in it, when the evidence says they
 * are one kfunc under a new name: a compat header naming both, a dropped `_impl`/`___vN`
 * suffix, a name extended in the same file, or a body and kernel-doc that barely changed.
 */
import { baseKfuncName } from './compat-header.ts';
import type { KfuncSnapshot, VersionSnapshot } from './snapshot.ts';
import type { Evidence } from './types.ts';

export interface RenameMatch {
  from: string;
  to: string;
  score: number;
  reason: string;
  evidence: Evidence[];
}

const THRESHOLD = 0.6;

/** Bodies are compared many times (every removed kfunc against every new one): count once. */
const tokenMemo = new Map<string, Map<string, number>>();

function tokens(text: string): Map<string, number> {
  const memo = tokenMemo.get(text);
  if (memo) return memo;
  if (tokenMemo.size > 4096) tokenMemo.clear();
  const counts = new Map<string, number>();
  tokenMemo.set(text, counts);
  for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*|\d+|\S/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** Weighted Jaccard of two token multisets, 0..1. */
export function textSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  let shared = 0;
  let total = 0;
  for (const key of new Set([...ta.keys(), ...tb.keys()])) {
    const x = ta.get(key) ?? 0;
    const y = tb.get(key) ?? 0;
    shared += Math.min(x, y);
    total += Math.max(x, y);
  }
  return total === 0 ? 0 : shared / total;
}

function nameSimilarity(a: string, b: string): number {
  const ta = new Set(a.split('_').filter(Boolean));
  const tb = new Set(b.split('_').filter(Boolean));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / new Set([...ta, ...tb]).size;
}

const stripVariant = (name: string) => baseKfuncName(name).replace(/_impl$/, '');

function score(old: KfuncSnapshot, next: KfuncSnapshot, hinted: boolean): { score: number; reason: string } {
  if (hinted) return { score: 1, reason: 'compat header maps the old name to the new one' };
  if (stripVariant(old.name) === stripVariant(next.name)) return { score: 0.95, reason: 'same name without the _impl/___vN suffix' };
  const sameFile = (old.definitionFile ?? old.file) === (next.definitionFile ?? next.file);
  const extended = next.name.startsWith(old.name + '_') || old.name.startsWith(next.name + '_');
  if (extended && sameFile) return { score: 0.85, reason: 'name extended in the same file' };
  const body = old.body && next.body ? textSimilarity(old.body.replaceAll(old.name, 'F'), next.body.replaceAll(next.name, 'F')) : 0;
  const doc = old.docText && next.docText ? textSimilarity(old.docText, next.docText) : 0;
  const names = nameSimilarity(old.name, next.name);
  // A rewrite keeps either the body or the kernel-doc; the file and part of the name stay.
  if (sameFile && names >= 0.4 && Math.max(body, doc) >= 0.75) {
    return { score: 0.7 + 0.1 * Math.max(body, doc), reason: `same file, ${body >= doc ? `body ${Math.round(body * 100)}%` : `kernel-doc ${Math.round(doc * 100)}%`} alike` };
  }
  const value = 0.35 * names + 0.35 * body + 0.2 * doc + (sameFile ? 0.1 : 0);
  return { score: value, reason: `similar name, body (${Math.round(body * 100)}%) and kernel-doc (${Math.round(doc * 100)}%)` };
}

export function matchRenames(before: VersionSnapshot, after: VersionSnapshot): RenameMatch[] {
  const gone = [...before.kfuncs.values()].filter((k) => !after.kfuncs.has(k.name));
  const arrived = [...after.kfuncs.values()].filter((k) => !before.kfuncs.has(k.name));
  const hints = new Map(after.renameHints.map((h) => [`${h.from}\0${h.to}`, h]));
  const candidates: RenameMatch[] = [];
  for (const old of gone) {
    for (const next of arrived) {
      if (old.testOnly !== next.testOnly) continue;
      const hint = hints.get(`${old.name}\0${next.name}`);
      const { score: value, reason } = score(old, next, Boolean(hint));
      if (value < THRESHOLD) continue;
      const evidence: Evidence[] = [
        ...(hint ? [hint.evidence] : []),
        { file: old.file, line: old.line, version: before.version, text: `${old.name} registered` },
        { file: next.file, line: next.line, version: after.version, text: `${next.name} registered` },
      ];
      candidates.push({ from: old.name, to: next.name, score: value, reason, evidence });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const used = new Set<string>();
  const matches: RenameMatch[] = [];
  for (const c of candidates) {
    if (used.has('-' + c.from) || used.has('+' + c.to)) continue;
    used.add('-' + c.from);
    used.add('+' + c.to);
    matches.push(c);
  }
  return matches;
}
