/**
 * "Used in": where BPF programs in the tree call kfuncs — the BPF selftests and the sched_ext
 * example schedulers — so a kfunc page can show real calls as examples.
 */
import type { KernelTree } from '../sources/kernel-tree.ts';
import type { ParseCache } from './parse-cache.ts';
import { readIncrementally } from './read-incrementally.ts';

export interface CallSite {
  file: string;
  line: number;
  /** The line as written, trimmed. */
  text: string;
}

export const EXAMPLE_DIRS = ['tools/sched_ext', 'tools/testing/selftests/bpf/progs'];
const PER_KFUNC = 5;

/**
 * Every identifier written as a call in a BPF C file, with the first line of each.
 * @example findCalls('int x = bpf_foo(a);\n') // [['bpf_foo', 1, 'int x = bpf_foo(a);']]
 */
export function findCalls(text: string): [string, number, string][] {
  const out: [string, number, string][] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    // Comments, macros and `extern … __ksym` declarations are not calls.
    if (/^\s*(?:\/\/|\*|\/\*|#\s*define)/.test(line) || /\b__ksym\b/.test(line)) return;
    for (const m of line.matchAll(/\b([a-z_][a-z0-9_]*)\s*\(/g)) {
      if (seen.has(m[1])) continue;
      seen.add(m[1]);
      out.push([m[1], i + 1, line.trim()]);
    }
  });
  return out;
}

/** Up to five call sites per called name (the caller keeps the kfuncs), in file order. */
export async function collectCallSites(tree: KernelTree, cache: ParseCache): Promise<Map<string, CallSite[]>> {
  const calls = await readIncrementally(tree, cache, {
    id: 'calls',
    dirs: EXAMPLE_DIRS,
    names: ['*.c'],
    accept: (f) => f.endsWith('.bpf.c') || (f.includes('/progs/') && f.endsWith('.c')),
    parse: (_path, text) => findCalls(text),
  });
  const sites = new Map<string, CallSite[]>();
  for (const file of [...calls.keys()].sort()) {
    for (const [name, line, code] of calls.get(file)!) {
      const list = sites.get(name) ?? [];
      if (list.length < PER_KFUNC) list.push({ file, line, text: code.length > 160 ? code.slice(0, 157) + '…' : code });
      sites.set(name, list);
    }
  }
  return sites;
}
