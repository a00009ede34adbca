/**
 * Reads a BPF-side compatibility header (sched_ext's tools/sched_ext/include/scx/compat.bpf.h and
 * the like): wrappers named after a new kfunc that fall back to an old one say "old was renamed
 * to new"; comment blocks that say "until v6.23" / "drop … after v6.22" / "removed in v6.15" give
 * removal deadlines for the kfuncs declared under them.
 */
import { normalizeKernelVersion, parseKernelVersion, versionKey } from '../versions/kernel-version.ts';

export interface CompatRename {
  from: string;
  to: string;
  line: number;
}

export interface CompatDeadline {
  /** Base kfunc name (without `___suffix`). */
  name: string;
  deadlineText: string;
  removalPlanned: string;
  line: number;
  text: string;
}

const DEADLINE = /\b(?:until|after|in|on|by)\s+(v\d+\.\d+)\b/i;
const DEADLINE_CONTEXT = /preserve|keep|carry|drop|remov|deprecat|compat/i;

/** `scx_bpf_dispatch___compat` → `scx_bpf_dispatch`. @example baseKfuncName('a___v2___compat') // 'a' */
export function baseKfuncName(name: string): string {
  const i = name.indexOf('___');
  return i > 0 ? name.slice(0, i) : name;
}

const IDENT = /\b[A-Za-z_][A-Za-z0-9_]*\b/g;
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export function readCompatHeader(text: string): { renames: CompatRename[]; deadlines: CompatDeadline[] } {
  const renames: CompatRename[] = [];
  const deadlines: CompatDeadline[] = [];

  // Wrappers: `#define NAME(` … up to the end of the continued lines, or `static inline … NAME(…) { … }`.
  const wrapper = /^#define\s+([A-Za-z_]\w*)\(|^static\s+inline\b[^;{]*?\b([A-Za-z_]\w*)\s*\(/gm;
  for (const m of text.matchAll(wrapper)) {
    const name = m[1] ?? m[2];
    const start = m.index!;
    const body = m[1] ? macroBody(text, start) : functionBody(text, start);
    if (!body.includes('bpf_ksym_exists') && !body.includes('___compat') && !body.includes('___old')) continue;
    const seen = new Set<string>();
    for (const id of body.matchAll(IDENT)) {
      const ident = id[0];
      if (!ident.includes('___')) continue;
      const base = baseKfuncName(ident);
      if (base === name || base === baseKfuncName(name) || seen.has(base)) continue;
      seen.add(base);
      renames.push({ from: base, to: name, line: lineAt(text, start) });
    }
  }

  // Comment blocks with a deadline apply to what they mention and to what follows until the next block.
  const blocks = [...text.matchAll(/\/\*[\s\S]*?\*\//g)];
  blocks.forEach((block, i) => {
    const comment = block[0].replace(/^\/\*+|\*+\/$/g, '');
    const sentences = comment.replace(/^\s*\*\s?/gm, ' ').replace(/\s+/g, ' ').split(/(?<=\.)\s/);
    const sentence = sentences.find((s) => DEADLINE.test(s) && DEADLINE_CONTEXT.test(s));
    if (!sentence) return;
    const written = DEADLINE.exec(sentence)![1];
    const parsed = parseKernelVersion(written);
    if (!parsed) return;
    const end = i + 1 < blocks.length ? blocks[i + 1].index! : text.length;
    const scope = text.slice(block.index!, end);
    const names = new Set<string>();
    for (const m of scope.matchAll(/\b(scx_bpf_\w+|bpf_\w+|__scx_bpf_\w+)\b/g)) names.add(baseKfuncName(m[1]));
    for (const name of names) {
      deadlines.push({
        name,
        deadlineText: written,
        removalPlanned: versionKey(normalizeKernelVersion(parsed)),
        line: lineAt(text, block.index!),
        text: sentence.trim(),
      });
    }
  });
  return { renames, deadlines };
}

function macroBody(text: string, start: number): string {
  let end = start;
  while (true) {
    const nl = text.indexOf('\n', end);
    if (nl === -1) return text.slice(start);
    if (text[nl - 1] !== '\\') return text.slice(start, nl);
    end = nl + 1;
  }
}

function functionBody(text: string, start: number): string {
  const open = text.indexOf('{', start);
  if (open === -1) return '';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}
