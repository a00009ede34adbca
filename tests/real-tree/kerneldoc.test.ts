/**
 * src/kerneldoc against the kernel's own scripts/kernel-doc (Perl in 6.x, Python in 7.x; we read
 * each tree with the matching dialect), run from each read-only tree on every file that holds
 * `__bpf_kfunc` or `BTF_ID_FLAGS`: for every function both sides document, the same name,
 * summary, parameter names and descriptions, Return, and sections; the same "wrong name" and
 * "param not described / excess" findings; and our time against the oracle's. Also: every
 * registered kfunc has a definition we find, and KF_IMPLICIT_ARGS hides the verifier-supplied
 * arguments added between 6.12 and 7.2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  documentsName,
  findFunctionDefinitions,
  kernelDocDialect,
  parseKernelDoc,
  toBpfDeclaration,
  type FunctionDefinition,
  type KernelDocDialect,
} from '../../src/kerneldoc/index.ts';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';
import { compareWithOracle, type FileComparison } from '../kerneldoc/oracle/compare-with-oracle.ts';
import { readRstOutput } from '../kerneldoc/oracle/read-rst-output.ts';
import { kernelDocEngine, runKernelDoc } from '../kerneldoc/oracle/run-kernel-doc.ts';

const note = missingKernelsNote(KERNEL_VERSIONS);
if (note) console.warn(note);
const available = KERNEL_VERSIONS.filter((v) => kernelTreePath(v));
const scratch = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-kernel-doc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The files the brief names: `grep -rlE '__bpf_kfunc|BTF_ID_FLAGS'` over .c and .h. */
function kfuncFiles(tree: string): string[] {
  const r = spawnSync('grep', ['-rlE', '--include=*.c', '--include=*.h', '__bpf_kfunc|BTF_ID_FLAGS', '.'], { cwd: tree, encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^\.\//, '')).sort();
}

interface VersionRun {
  dialect: KernelDocDialect;
  files: string[];
  results: FileComparison[];
  oracleMs: number;
  texts: Map<string, string>;
}

const runs = new Map<string, VersionRun>();
function runVersion(v: string): VersionRun {
  const cached = runs.get(v);
  if (cached) return cached;
  const tree = kernelTreePath(v)!;
  const dialect = kernelDocDialect(readFileSync(path.join(tree, 'scripts/kernel-doc'), 'utf8'));
  const files = kfuncFiles(tree);
  const texts = new Map(files.map((f) => [f, readFileSync(path.join(tree, f), 'utf8')]));
  let oracleMs = 0;
  const results = files.map((f) => {
    const run = runKernelDoc(tree, f, scratch);
    oracleMs += run.ms;
    return compareWithOracle(f, texts.get(f)!, readRstOutput(run.stdout), run.stderr, dialect);
  });
  const out = { files, results, oracleMs, texts, dialect };
  runs.set(v, out);
  return out;
}

function registeredKfuncs(texts: Map<string, string>): Set<string> {
  const names = new Set<string>();
  for (const [file, text] of texts) {
    if (file.startsWith('tools/')) continue;
    // An entry inside a #define (xdp's X-macro) names a macro parameter, not a kfunc.
    for (const m of text.matchAll(/^.*BTF_ID_FLAGS\(\s*func\s*,\s*(\w+)[^\n]*$/gm)) {
      if (!m[0].trimEnd().endsWith('\\') && !/^\s*#\s*define/.test(m[0])) names.add(m[1]);
    }
  }
  return names;
}

describe.skipIf(available.length > 0)('kernel-doc oracle', () => {
  it.skip('needs at least one kernel tree', () => {});
});

describe.each(available)('kernel-doc oracle, linux-%s', (v) => {
  const tree = kernelTreePath(v)!;
  const engine = kernelDocEngine(tree);

  it('reads every kernel-doc comment the way scripts/kernel-doc does', () => {
    const { files, results, texts, dialect } = runVersion(v);
    const compared = results.reduce((n, r) => n + r.compared, 0);
    const matched = results.reduce((n, r) => n + r.matched, 0);
    const fields = Object.fromEntries(
      Object.keys(results[0].fields).map((k) => {
        const key = k as keyof FileComparison['fields'];
        return [k, `${results.reduce((n, r) => n + r.fields[key].agreed, 0)}/${results.reduce((n, r) => n + r.fields[key].compared, 0)}`];
      }),
    );
    // Where the dialect matters: the comments the other kernel-doc's rules would read differently.
    const other = dialect === 'perl' ? 'python' : 'perl';
    const differ = [...texts].flatMap(([file, text]) => {
      const a = parseKernelDoc(file, text, { dialect }).comments;
      const b = parseKernelDoc(file, text, { dialect: other }).comments;
      return a.filter((c, i) => JSON.stringify(c) !== JSON.stringify(b[i])).map((c) => `${file}:${c.line} ${c.name}`);
    });
    console.log(
      `linux-${v} (${engine}, dialect ${dialect}): ${files.length} files, ${compared} documented functions compared, ${matched} matched; ` +
        `per field ${JSON.stringify(fields)}; ${differ.length} comments read differently under ${other} rules${differ.length ? `: ${differ.join(', ')}` : ''}`,
    );
    expect(compared).toBeGreaterThan(0);
    expect(results.flatMap((r) => r.disagreements)).toEqual([]);
    expect(matched).toBe(compared);
  });

  it('agrees on the hand-written fixtures of tests/kerneldoc, wrong names included', () => {
    const dir = path.join(import.meta.dirname, '../kerneldoc/fixtures');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.c'))) {
      const run = runKernelDoc(tree, path.join(dir, f), scratch);
      const r = compareWithOracle(f, readFileSync(path.join(dir, f), 'utf8'), readRstOutput(run.stdout), run.stderr, runVersion(v).dialect);
      expect(r.disagreements, f).toEqual([]);
      expect(r.compared, f).toBeGreaterThan(0);
      expect(r.nameMismatches.ours.sort(), f).toEqual(r.nameMismatches.oracle.sort());
      expect(r.paramWarnings.ours, f).toEqual(r.paramWarnings.oracle);
    }
  });

  it('finds the same wrong-name comments and the same undocumented / excess params', () => {
    const { results } = runVersion(v);
    const names = { ours: results.flatMap((r) => r.nameMismatches.ours), oracle: results.flatMap((r) => r.nameMismatches.oracle) };
    expect(names.ours.sort()).toEqual(names.oracle.sort());
    if (v === '7.2') {
      expect(names.ours).toEqual([
        'scx_bpf_dsq_insert->scx_bpf_dsq_insert___v2',
        'scx_bpf_dsq_move_to_local->scx_bpf_dsq_move_to_local___v2',
        'scx_bpf_reenqueue_local->scx_bpf_reenqueue_local___v2',
      ]);
    }
    const params = { ours: results.flatMap((r) => r.paramWarnings.ours), oracle: results.flatMap((r) => r.paramWarnings.oracle) };
    expect(params.ours.sort()).toEqual(params.oracle.sort());
  });

  it('covers every registered kfunc that has kernel-doc, and finds a definition for every registered kfunc', () => {
    const { texts, results } = runVersion(v);
    const registered = registeredKfuncs(texts);
    const defs = new Map<string, FunctionDefinition>();
    const documented = new Set<string>();
    const named = new Set<string>();
    for (const [file, text] of texts) {
      const found = findFunctionDefinitions(file, text);
      for (const d of found) defs.set(d.name, d);
      const byLine = new Map(found.map((d) => [d.line, d]));
      for (const c of parseKernelDoc(file, text, { dialect: runVersion(v).dialect }).comments) {
        named.add(c.name);
        const def = c.followedBy && byLine.get(c.followedBy.line);
        if (def && documentsName(c.name, def.name)) documented.add(def.name);
      }
    }
    const compared = new Set(results.flatMap((r) => r.comparedNames));
    const withDoc = [...registered].filter((n) => documented.has(n));
    expect(withDoc.filter((n) => !compared.has(n))).toEqual([]);
    console.log(
      `linux-${v}: ${registered.size} registered kfuncs, ${[...registered].filter((n) => named.has(n)).length} named by a kernel-doc comment, ${withDoc.length} with the comment on their definition (all among the ${compared.size} compared)`,
    );
    // Those without a definition in the scanned files: grep the tree for one and parse that file.
    for (const name of [...registered].filter((n) => !defs.has(n))) {
      const r = spawnSync('grep', ['-rlE', '--include=*.c', `^[A-Za-z_].*[ *]${name}\\(`, '.'], { cwd: tree, encoding: 'utf8' });
      const elsewhere = r.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^\.\//, ''));
      const found = elsewhere.some((f) => findFunctionDefinitions(f, readFileSync(path.join(tree, f), 'utf8')).some((d) => d.name === name));
      expect(found, `${name}: no definition in ${elsewhere.join(', ') || 'the tree'}`).toBe(true);
    }
  });

  it('parses all those files in tens of milliseconds, far below the oracle', () => {
    const { texts, oracleMs, dialect } = runVersion(v);
    const time = () => {
      const start = performance.now();
      for (const [file, text] of texts) {
        parseKernelDoc(file, text, { dialect });
        findFunctionDefinitions(file, text);
      }
      return performance.now() - start;
    };
    const cold = time();
    const warm = Math.min(time(), time(), time());
    const bytes = [...texts.values()].reduce((n, t) => n + t.length, 0);
    console.log(
      `linux-${v}: ${texts.size} files (${Math.round(bytes / 1024)} KiB) parsed in ${cold.toFixed(0)} ms cold, ${warm.toFixed(0)} ms warm; scripts/kernel-doc (${engine}, one run per file) took ${oracleMs.toFixed(0)} ms`,
    );
    expect(warm).toBeLessThan(oracleMs / 5);
  });
});

const pair = ['6.12', '7.2'] as const;
describe.skipIf(!pair.every((v) => kernelTreePath(v)))('KF_IMPLICIT_ARGS between 6.12 and 7.2', () => {
  it('shows no BPF-visible change for kfuncs that only gained verifier-supplied arguments', () => {
    const read = (v: string) => {
      const { texts } = runVersion(v);
      const flags = new Map<string, Set<string>>();
      const defs = new Map<string, FunctionDefinition>();
      for (const [file, text] of texts) {
        if (file.startsWith('tools/')) continue;
        for (const m of text.matchAll(/BTF_ID_FLAGS\(\s*func\s*,\s*(\w+)\s*(?:,([^)]*))?\)/g)) {
          const set = flags.get(m[1]) ?? new Set<string>();
          for (const f of (m[2] ?? '').split('|')) if (f.trim()) set.add(f.trim());
          flags.set(m[1], set);
        }
        for (const d of findFunctionDefinitions(file, text)) defs.set(d.name, d);
      }
      return { flags, defs };
    };
    const [old, next] = pair.map(read);
    const hidden: string[] = [];
    for (const [name, flags] of next.flags) {
      const a = old.defs.get(name);
      const b = next.defs.get(name);
      if (!a || !b || !old.flags.has(name)) continue;
      const same = toBpfDeclaration(a, [...old.flags.get(name)!]) === toBpfDeclaration(b, [...flags]);
      if (same && a.signature !== b.signature) hidden.push(name);
      // The kernel prototype grew, the BPF one did not: only ever because of KF_IMPLICIT_ARGS.
      if (same && a.signature !== b.signature) expect(flags.has('KF_IMPLICIT_ARGS'), name).toBe(true);
    }
    console.log(`6.12 → 7.2: ${hidden.length} kfuncs whose kernel prototype gained an implicit argument, unchanged for BPF programs: ${hidden.join(', ')}`);
    expect(hidden).toContain('scx_bpf_kick_cpu');
    expect(hidden).toContain('scx_bpf_create_dsq');
    // Every kfunc flagged KF_IMPLICIT_ARGS in 7.2 has an argument our rule takes as implicit.
    for (const [name, flags] of next.flags) {
      const def = next.defs.get(name);
      if (flags.has('KF_IMPLICIT_ARGS') && def) expect(toBpfDeclaration(def, [...flags]), name).not.toBe(toBpfDeclaration(def, []));
    }
  });
});
