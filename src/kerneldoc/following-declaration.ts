/**
 * The declaration right after a kernel-doc comment — what kernel-doc takes as documented:
 * a `#define`, a function definition or prototype, a struct/union/enum, a typedef.
 * Other comments, blank lines and `#if` lines in between are skipped, as kernel-doc does.
 */
import type { CAnalysis } from './analyze-c.ts';
import { tokenizeHeader } from './header-tokens.ts';
import { isAttributeName, parseFunctionHeader } from './parse-function-header.ts';
import type { FollowingDeclaration } from './types.ts';

const TAGS = new Set(['struct', 'union', 'enum']);

export function followingDeclaration(c: CAnalysis, after: number): FollowingDeclaration | null {
  const define = c.defines.find((d) => d.start >= after);
  const st = firstStatementEndingAfter(c, after);
  if (define && (!st || define.start < st.end) && c.code.slice(after, define.start).trim() === '') {
    const m = /#\s*define\s+(\w+)/.exec(c.text.slice(define.start, define.end));
    if (m) return { name: m[1], line: c.lines.lineAt(define.start), kind: 'macro' };
  }
  if (!st) return null;
  const from = Math.max(st.start, after);
  const tokens = tokenizeHeader(c.code, from, st.end);
  if (tokens.length === 0) return null;
  const [first, second] = tokens;
  if (tokens.length > 2 && first.kind === 'ident' && second.kind === 'parens' && !isAttributeName(first.text)) {
    // kernel-doc reads a macro call right after the comment as the documented name (and drops
    // the comment): `BTF_ID_LIST(x)` then `int foo(void)` documents `BTF_ID_LIST`, not `foo`.
    return { name: first.text, line: c.lines.lineAt(first.start), kind: 'other' };
  }
  const header = parseFunctionHeader(c.code, from, st.end);
  if (header) {
    const line = c.lines.lineAt(header.nameOffset);
    const kind = st.terminator === '{' ? 'function' : 'prototype';
    // kernel-doc reads `SYSCALL_DEFINE2(kill, …)` as `long sys_kill(…)`.
    const syscall = /^SYSCALL_DEFINE\d$/.test(header.name) ? /^\s*(\w+)/.exec(header.paramsText) : null;
    if (syscall) return { name: `sys_${syscall[1]}`, line, kind };
    return { name: header.name, line, kind: header.returnType === '' ? 'other' : kind };
  }
  if (TAGS.has(first.text) && second?.kind === 'ident') {
    return { name: second.text, line: c.lines.lineAt(second.start), kind: first.text as 'struct' | 'union' | 'enum' };
  }
  if (first.text === 'typedef') {
    const name = typedefName(c, st.terminator === '{' ? st.close + 1 : from, st.terminator === '{' ? -1 : st.end);
    if (name) return { name: name.text, line: c.lines.lineAt(name.start), kind: 'typedef' };
  }
  const assign = tokens.findIndex((t) => t.text === '=');
  const named = (assign < 0 ? tokens : tokens.slice(0, assign)).filter((t) => t.kind === 'ident');
  const last = named[named.length - 1];
  return last ? { name: last.text, line: c.lines.lineAt(last.start), kind: 'other' } : null;
}

function firstStatementEndingAfter(c: CAnalysis, offset: number) {
  let lo = 0;
  let hi = c.statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.statements[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return c.statements[lo];
}

/** `typedef struct {…} name;`, `typedef int (*name)(…);`, `typedef u32 name;`. */
function typedefName(c: CAnalysis, from: number, end: number) {
  const stop = end >= 0 ? end : c.code.indexOf(';', from);
  const tokens = tokenizeHeader(c.code, from, stop < 0 ? c.code.length : stop);
  const pointer = tokens.find((t) => t.kind === 'parens' && /^\(\s*\*\s*\w+\s*\)$/.test(t.text));
  if (pointer) {
    const m = /\w+/.exec(pointer.text)!;
    return { text: m[0], start: pointer.start + m.index };
  }
  return tokens.filter((t) => t.kind === 'ident').at(-1) ?? null;
}
