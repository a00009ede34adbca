/**
 * The registrations parser on real kernel trees, compared with an independent reading written
 * differently: line regexes over comment-stripped text, no tokenizer, no macro expander (the one
 * X-macro, net/core/xdp.c's, is expanded by hand). Every difference is named below.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listIncludes,
  parseKbuild,
  parseKconfigSymbols,
  parseKfFlags,
  parseRegistrations,
  resolveKfuncs,
  tristateLookup,
  type FileRegistrations,
} from '../../src/registrations/index.ts';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';

const note = missingKernelsNote(KERNEL_VERSIONS);
if (note) console.warn(note);

/** Distinct kfunc names registered outside tools/, counted by hand for the brief. */
const EXPECTED_COUNTS: Record<string, number> = { '6.1': 67, '6.12': 204, '7.2': 337, '7.3': 352 };

const candidates = new Map<string, string[]>();
function candidateFiles(root: string): string[] {
  const cached = candidates.get(root);
  if (cached) return cached;
  const out = execFileSync('grep', ['-rlE', 'BTF_ID_FLAGS|register_btf_kfunc_id_set|register_btf_fmodret_id_set|BTF_KFUNCS_START|BTF_SET8_START',
    '--include=*.c', '--include=*.h', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  const files = out.trim().split('\n').map((f) => f.replace(/^\.\//, '')).sort();
  candidates.set(root, files);
  return files;
}

function readIncludes(root: string, file: string, text: string): Record<string, string> {
  const includes: Record<string, string> = {};
  for (const p of listIncludes(file, text)) {
    const full = path.join(root, p);
    if (existsSync(full)) includes[p] = readFileSync(full, 'utf8');
  }
  return includes;
}

// ---------------------------------------------------------------- the independent reading

interface OracleEntry { file: string; set: string; name: string; line: number; flags: string[]; configs: string[] }

/** Removes comments with a regex, keeping newlines so line numbers stay put. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

/** The third-position names of XDP_METADATA_KFUNC(...) in include/net/xdp.h's list macro. */
function xdpListNames(root: string, position: number): string[] {
  const header = readFileSync(path.join(root, 'include/net/xdp.h'), 'utf8').replace(/\\\n/g, ' ');
  const list = /#define XDP_METADATA_KFUNC_xxx(.*)/.exec(header)?.[1] ?? '';
  return [...list.matchAll(/XDP_METADATA_KFUNC\(([^)]*)\)/g)].map((m) => m[1].split(',')[position].trim());
}

function oracle(root: string, files: string[]) {
  const entries: OracleEntry[] = [];
  const programTypes = new Map<string, Set<string>>();
  for (const file of files.filter((f) => !f.startsWith('tools/') && f.endsWith('.c'))) {
    const text = stripComments(readFileSync(path.join(root, file), 'utf8'));
    const lines = text.split('\n');
    const stack: string[][] = [];
    let set: string | null = null;
    let localMacro: { params: string[]; body: string } | null = null;
    const setEntries: OracleEntry[] = [];
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i].trim();
      const symbols = (s: string) => s.match(/CONFIG_\w+/g) ?? [];
      if (/^#\s*(if|ifdef|ifndef)\b/.test(line)) stack.push(symbols(line));
      else if (/^#\s*elif\b/.test(line)) stack[stack.length - 1].push(...symbols(line));
      else if (/^#\s*endif\b/.test(line)) stack.pop();
      const start = /^BTF_(?:KFUNCS|SET8)_START\((\w+)\)/.exec(line);
      if (start) set = start[1];
      if (/^BTF_(?:KFUNCS|SET8)_END\(/.test(line)) set = null;
      if (!set) continue;
      const def = /^#define XDP_METADATA_KFUNC\(([^)]*)\)\s*BTF_ID_FLAGS\(func,\s*(\w+)\s*(?:,\s*([^)]*))?\)/.exec(line);
      if (def) localMacro = { params: def[1].split(',').map((p) => p.trim()), body: `${def[2]}|${def[3] ?? ''}` };
      const configs = [...new Set(stack.flat())].sort();
      if (line === 'XDP_METADATA_KFUNC_xxx' && localMacro) {
        const [param, flags] = localMacro.body.split('|');
        for (const name of xdpListNames(root, localMacro.params.indexOf(param))) {
          setEntries.push({ file, set, name, line: i + 1, flags: flags ? [flags.trim()] : [], configs });
        }
        continue;
      }
      if (!line.startsWith('BTF_ID_FLAGS(')) continue;
      const first = i;
      while (!line.includes(')') && i + 1 < lines.length) line += ' ' + lines[++i].trim();
      const m = /^BTF_ID_FLAGS\(func,\s*(\w+)\s*(?:,\s*([^)]*))?\)/.exec(line);
      if (!m) throw new Error(`oracle cannot read ${file}:${first + 1}: ${line}`);
      const flags = (m[2] ?? '').split('|').map((f) => f.trim()).filter((f) => f !== '' && f !== '0');
      setEntries.push({ file, set, name: m[1], line: first + 1, flags, configs });
    }
    const idSetTarget = new Map<string, string>();
    for (const m of text.matchAll(/struct\s+btf_kfunc_id_set\s+(\w+)\s*=\s*\{([^}]*)\}/g)) {
      const target = /\.set\s*=\s*&(\w+)/.exec(m[2]);
      if (target) idSetTarget.set(m[1], target[1]);
    }
    const registered = new Map<string, Set<string>>();
    for (const m of text.matchAll(/\bregister_btf_kfunc_id_set\(\s*(\w+)\s*,\s*&(\w+)\s*\)/g)) {
      const target = idSetTarget.get(m[2]);
      if (!target) continue;
      registered.set(target, (registered.get(target) ?? new Set()).add(m[1]));
    }
    for (const e of setEntries) {
      const types = registered.get(e.set);
      if (!types) continue;
      entries.push(e);
      const all = programTypes.get(e.name) ?? new Set();
      types.forEach((t) => all.add(t));
      programTypes.set(e.name, all);
    }
  }
  return { entries, programTypes };
}

// ---------------------------------------------------------------- the comparison

describe.skipIf(!!note)('registrations on real trees', () => {
  const parsedByVersion = new Map<string, { files: FileRegistrations[]; root: string }>();
  const parse = (version: string) => {
    const cached = parsedByVersion.get(version);
    if (cached) return cached;
    const root = kernelTreePath(version)!;
    const files = candidateFiles(root).map((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return parseRegistrations(file, text, readIncludes(root, file, text));
    });
    const value = { files, root };
    parsedByVersion.set(version, value);
    return value;
  };

  for (const version of KERNEL_VERSIONS) {
    describe(version, () => {
      it('finds the same kfuncs, flags, conditions and program types as the line-based reading', () => {
        const { files, root } = parse(version);
        const { registrations, diagnostics } = resolveKfuncs(files);
        const mine = registrations.filter((r) => !r.file.startsWith('tools/'));
        const independent = oracle(root, files.map((f) => f.file));

        const names = [...new Set(mine.map((r) => r.name))].sort();
        expect(names).toEqual([...new Set(independent.entries.map((e) => e.name))].sort());
        expect(names.length).toBe(EXPECTED_COUNTS[version]);

        const key = (e: { file: string; set: string; name: string; line: number }) => `${e.file}:${e.line} ${e.set} ${e.name}`;
        const configsOf = (conditions: string[]) => [...new Set(conditions.join(' ').match(/CONFIG_\w+/g) ?? [])].sort();
        expect(mine.map((r) => `${key(r)} [${r.flags.join(',')}] {${configsOf(r.conditions).join(',')}}`).sort())
          .toEqual(independent.entries.map((e) => `${key(e)} [${e.flags.join(',')}] {${e.configs.join(',')}}`).sort());

        const myTypes = new Map<string, Set<string>>();
        for (const r of mine) r.programTypes.forEach((t) => myTypes.set(r.name, (myTypes.get(r.name) ?? new Set()).add(t)));
        for (const [name, types] of independent.programTypes) expect([...myTypes.get(name)!].sort(), name).toEqual([...types].sort());

        // The real trees are well-formed: no parser or resolver finding at all, tools/ included.
        expect([...files.flatMap((f) => f.diagnostics), ...diagnostics]).toEqual([]);
      });
    });
  }

  it.each(KERNEL_VERSIONS)('%s: differs from a plain grep of BTF_ID_FLAGS only by fmod_ret targets and the xdp X-macro', (version) => {
    const { files, root } = parse(version);
    const grepped = new Set<string>();
    for (const f of files.filter((x) => !x.file.startsWith('tools/') && x.file.endsWith('.c'))) {
      for (const m of readFileSync(path.join(root, f.file), 'utf8').matchAll(/BTF_ID_FLAGS\(func, (\w+)/g)) grepped.add(m[1]);
    }
    const mine = new Set(resolveKfuncs(files).registrations.filter((r) => !r.file.startsWith('tools/')).map((r) => r.name));
    const onlyGrep = [...grepped].filter((n) => !mine.has(n)).sort();
    const onlyMine = [...mine].filter((n) => !grepped.has(n)).sort();
    // fmod_ret targets sit in sets registered with register_btf_fmodret_id_set: not kfuncs.
    const fmodret = new Set(files.filter((f) => !f.file.startsWith('tools/')).flatMap((f) => {
      const idSets = new Set(f.calls.filter((c) => c.kind === 'fmodret').map((c) => c.idSet));
      const sets = new Set(f.idSets.filter((d) => idSets.has(d.name)).map((d) => d.set));
      return f.sets.filter((s) => sets.has(s.name)).flatMap((s) => s.entries.map((e) => e.name));
    }));
    // `name` is the X-macro's parameter in `#define XDP_METADATA_KFUNC(_, __, name, ___) BTF_ID_FLAGS(func, name)`;
    // the names it stands for are only in include/net/xdp.h, which grep of the .c files does not see.
    const xdp = version === '6.1' ? [] : ['bpf_xdp_metadata_rx_hash', 'bpf_xdp_metadata_rx_timestamp', 'bpf_xdp_metadata_rx_vlan_tag'];
    expect(onlyGrep).toEqual([...fmodret, ...(xdp.length ? ['name'] : [])].filter((n) => !mine.has(n)).sort());
    expect(onlyMine).toEqual(xdp);
    if (version !== '6.1') {
      expect(onlyGrep).toEqual(['bpf_fentry_test1', 'bpf_modify_return_test', 'bpf_modify_return_test2', 'name', 'update_socket_protocol']);
    }
  });

  it('6.1: the 24 selftest kfuncs of net/bpf/test_run.c are test-only, nothing else outside tools/ is', () => {
    const { registrations } = resolveKfuncs(parse('6.1').files);
    const testOnly = new Set(registrations.filter((r) => r.testOnly && !r.file.startsWith('tools/')).map((r) => r.name));
    expect(testOnly.size).toBe(24);
    expect([...testOnly].every((n) => /^bpf_kfunc_call_/.test(n))).toBe(true);
    expect(registrations.filter((r) => r.testOnly).every((r) => r.file === 'net/bpf/test_run.c' || r.file.startsWith('tools/testing/'))).toBe(true);
  });

  it('6.12: fmod_ret-only sets are not kfuncs (net/bpf/test_run.c bpf_test_modify_return_ids)', () => {
    const { files } = parse('6.12');
    const testRun = files.find((f) => f.file === 'net/bpf/test_run.c')!;
    expect(testRun.calls.filter((c) => c.kind === 'fmodret').map((c) => c.idSet)).toEqual(['bpf_test_modify_return_set']);
    const names = resolveKfuncs(files).registrations.map((r) => r.name);
    expect(names).not.toContain('bpf_modify_return_test');
    expect(names).not.toContain('bpf_fentry_test1');
  });

  it('6.12: the xdp metadata X-macro carries its KF_TRUSTED_ARGS flag to each expanded kfunc', () => {
    const xdp = resolveKfuncs(parse('6.12').files).registrations.filter((r) => r.file === 'net/core/xdp.c');
    expect(xdp.map((r) => r.name)).toEqual(['bpf_xdp_metadata_rx_timestamp', 'bpf_xdp_metadata_rx_hash', 'bpf_xdp_metadata_rx_vlan_tag']);
    expect(xdp.every((r) => r.flags.join() === 'KF_TRUSTED_ARGS' && r.expandedFrom?.file === 'include/net/xdp.h')).toBe(true);
  });

  it('7.2: scx_kfunc_ids_cpu_only is read by a filter, never registered, and not reported', () => {
    const { files } = parse('7.2');
    const ext = files.find((f) => f.file === 'kernel/sched/ext/ext.c')!;
    expect(ext.sets.map((s) => s.name)).toContain('scx_kfunc_ids_cpu_only');
    expect(ext.setReferences.some((r) => r.set === 'scx_kfunc_ids_cpu_only')).toBe(true);
    const { registrations, diagnostics } = resolveKfuncs(files);
    expect(registrations.some((r) => r.set === 'scx_kfunc_ids_cpu_only')).toBe(false);
    expect(diagnostics).toEqual([]);
  });

  it('7.2: the two static common_kfunc_set structs (helpers.c, arena.c) resolve per file', () => {
    const { registrations } = resolveKfuncs(parse('7.2').files);
    const arena = registrations.filter((r) => r.file === 'kernel/bpf/arena.c');
    expect(new Set(arena.map((r) => r.set))).toEqual(new Set(['arena_kfuncs']));
    expect(arena.every((r) => r.programTypes.join() === 'BPF_PROG_TYPE_UNSPEC' && r.idSets.join() === 'common_kfunc_set')).toBe(true);
    const helpers = registrations.filter((r) => r.file === 'kernel/bpf/helpers.c' && r.idSets.includes('common_kfunc_set'));
    expect(new Set(helpers.map((r) => r.set))).toEqual(new Set(['common_btf_ids']));
  });

  it('parses all candidate files of 7.2 in a few tens of milliseconds (warm)', () => {
    const root = kernelTreePath('7.2')!;
    const texts = candidateFiles(root).map((f) => [f, readFileSync(path.join(root, f), 'utf8')] as const);
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      for (const [file, text] of texts) parseRegistrations(file, text);
      times.push(performance.now() - start);
    }
    console.info(`7.2: parsed ${texts.length} files in ${times.map((t) => t.toFixed(1)).join(' / ')} ms over 5 runs in this process`);
    expect(Math.min(...times)).toBeLessThan(200);
  });

  describe('KF_* flags in include/linux/btf.h', () => {
    const flagsOf = (version: string) => {
      const root = kernelTreePath(version)!;
      return parseKfFlags('include/linux/btf.h', readFileSync(path.join(root, 'include/linux/btf.h'), 'utf8'));
    };
    const grepFlags = (version: string) => {
      const text = readFileSync(path.join(kernelTreePath(version)!, 'include/linux/btf.h'), 'utf8');
      return [...text.matchAll(/^#define (KF_\w+)\s+\(1 << (\d+)\)/gm)].map((m) => `${m[1]}=${m[2]}`);
    };

    it.each(KERNEL_VERSIONS)('%s: names and bits match a grep of the #defines', (version) => {
      expect(flagsOf(version).map((f) => `${f.name}=${f.bit}`)).toEqual(grepFlags(version));
    });

    it('follow the flag history: KF_TRUSTED_ARGS retired in 7.2, KF_FASTCALL by 7.2, KF_PERFMON new in 7.3, KF_DEPRECATED never', () => {
      const names = (v: string) => flagsOf(v).map((f) => f.name);
      expect(names('6.12')).toContain('KF_TRUSTED_ARGS');
      expect(names('7.2')).not.toContain('KF_TRUSTED_ARGS');
      expect(names('7.2')).toContain('KF_FASTCALL');
      expect(names('7.2')).not.toContain('KF_PERFMON');
      expect(names('7.3')).toContain('KF_PERFMON');
      for (const v of KERNEL_VERSIONS) expect(names(v)).not.toContain('KF_DEPRECATED');
      expect(flagsOf('6.1').find((f) => f.name === 'KF_KPTR_GET')?.bit).toBe(3);
    });

    it('7.2 keeps the retired KF_TRUSTED_ARGS comment block above KF_SLEEPABLE (leadingComment, not comment)', () => {
      const sleepable = flagsOf('7.2').find((f) => f.name === 'KF_SLEEPABLE')!;
      expect(sleepable.comment).toBe('kfunc may sleep');
      expect(sleepable.leadingComment).toMatch(/^Trusted arguments are those/);
    });
  });

  describe('Kbuild', () => {
    it.each(KERNEL_VERSIONS)('%s: every file registering kfuncs outside tools/ is built by its directory Makefile, except the sched_ext files #included into build_policy.c', (version) => {
      const { files, root } = parse(version);
      const registering = [...new Set(resolveKfuncs(files).registrations.map((r) => r.file))].filter((f) => !f.startsWith('tools/'));
      const unbuilt: string[] = [];
      for (const file of registering) {
        const dir = path.dirname(file);
        const makefile = path.join(root, dir, 'Makefile');
        const builds = existsSync(makefile) ? parseKbuild(`${dir}/Makefile`, readFileSync(makefile, 'utf8'), path.basename(file)).builds : [];
        if (builds.length === 0) unbuilt.push(file);
      }
      const included = readFileSync(path.join(root, 'kernel/sched/build_policy.c'), 'utf8');
      for (const file of unbuilt) {
        expect(file.startsWith('kernel/sched/'), file).toBe(true);
        expect(included).toContain(`"${path.relative('kernel/sched', file)}"`);
      }
    });

    it('7.2: tcp_bbr is a tristate module of its own; nf_conntrack_bpf is linked into nf_conntrack', () => {
      const root = kernelTreePath('7.2')!;
      const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
      const isTristate = tristateLookup([...parseKconfigSymbols(read('net/ipv4/Kconfig')), ...parseKconfigSymbols(read('net/netfilter/Kconfig'))]);
      const [bbr] = parseKbuild('net/ipv4/Makefile', read('net/ipv4/Makefile'), 'tcp_bbr.c', { isTristate }).builds;
      expect(bbr).toMatchObject({ config: 'CONFIG_TCP_CONG_BBR', module: 'tcp_bbr', modular: true, composite: null });
      const ct = parseKbuild('net/netfilter/Makefile', read('net/netfilter/Makefile'), 'nf_conntrack_bpf.c', { isTristate }).builds;
      expect(ct.map((b) => [b.config, b.composite, b.memberConfig, b.module, b.conditions.join(' && ')])).toEqual([
        ['CONFIG_NF_CONNTRACK', 'nf_conntrack', 'CONFIG_DEBUG_INFO_BTF_MODULES', 'nf_conntrack', 'CONFIG_NF_CONNTRACK=m'],
        ['CONFIG_NF_CONNTRACK', 'nf_conntrack', 'CONFIG_DEBUG_INFO_BTF', 'nf_conntrack', 'CONFIG_NF_CONNTRACK!=m && CONFIG_NF_CONNTRACK=y'],
      ]);
      const [helpers] = parseKbuild('kernel/bpf/Makefile', read('kernel/bpf/Makefile'), 'helpers.c', { isTristate: tristateLookup(parseKconfigSymbols(read('kernel/bpf/Kconfig'))) }).builds;
      expect(helpers).toMatchObject({ config: 'CONFIG_BPF_SYSCALL', module: null, modular: false });
    });
  });
});
