/**
 * Which Makefile lines build an object, and under which config symbol: `obj-$(CONFIG_X) += x.o`,
 * or a composite `m-$(CONFIG_Y) += x.o` / `m-y` / `m-objs` linked into `obj-$(CONFIG_X) += m.o`.
 * Only the object's own directory Makefile is read; the parent directory's `obj-$(CONFIG_…) +=
 * dir/` condition is the caller's to add (call again with `dir/` as the object).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { negateCondition } from './condition-stack.ts';

export interface KbuildBuild {
  /** The object as the Makefile names it: `nf_conntrack_bpf.o`, or `bpf/` for a directory. */
  object: string;
  /** Line of the rule that lists the object. */
  line: number;
  /** The `obj-$(CONFIG_X)` symbol building the object or its composite; null for `obj-y` / `obj-m`. */
  config: string | null;
  /** The composite the object is linked into (`nf_conntrack`), or null. */
  composite: string | null;
  /** The symbol on the composite's member line (`nf_conntrack-$(CONFIG_DEBUG_INFO_BTF) += …`), or null. */
  memberConfig: string | null;
  /** Line of the `obj-…` rule (the member line itself when the object is not in a composite). */
  objLine: number;
  /**
   * The module the object ends up in when built as one: the composite (`nf_conntrack`) or the
   * object's own name (`tcp_bbr`). Null when it is always built in (`obj-y`, or `isTristate` says
   * the symbol is bool).
   */
  module: string | null;
  /** Whether it can be a module: from `obj-m` / `obj-y`, or `isTristate`; null when not known. */
  modular: boolean | null;
  /** Makefile conditionals around the rules (`CONFIG_NF_CONNTRACK=m`), outermost first. */
  conditions: string[];
}

export interface KbuildOptions {
  /** Whether a symbol (`CONFIG_TCP_CONG_BBR`) is tristate; undefined when unknown. See `parseKconfigSymbols`. */
  isTristate?: (symbol: string) => boolean | undefined;
}

interface Rule {
  target: string;
  config: string | null;
  values: string[];
  line: number;
  conditions: string[];
}

const NOT_OBJECT_LISTS = /^(ccflags|asflags|ldflags|subdir|always|extra|targets|hostprogs|userprogs|clean|lib|CFLAGS|AFLAGS|KASAN|KCSAN|KCOV|UBSAN|GCOV|OBJECT_FILES)/;

/**
 * Finds how `objectName` (`tcp_bbr.o`, `tcp_bbr.c` or `tcp_bbr`) is built by the Makefile `file`.
 * Several results when it is listed several times, e.g. under `ifeq ($(CONFIG_X),m)` and `else`.
 */
export function parseKbuild(file: string, text: string, objectName: string, options: KbuildOptions = {}): { builds: KbuildBuild[]; diagnostics: Diagnostic[] } {
  const object = objectName.endsWith('/') ? objectName : objectName.replace(/\.[co]$/, '') + '.o';
  const rules = readRules(text);
  const builds: KbuildBuild[] = [];
  for (const rule of rules.filter((r) => r.values.includes(object))) {
    if (rule.target === 'obj') {
      builds.push(finish({ object, line: rule.line, config: rule.config, composite: null, memberConfig: null, objLine: rule.line, conditions: rule.conditions }, object, options));
      continue;
    }
    const parents = rules.filter((r) => r.target === 'obj' && r.values.includes(`${rule.target}.o`));
    for (const parent of parents) {
      builds.push(finish({
        object, line: rule.line, config: parent.config, composite: rule.target, memberConfig: rule.config, objLine: parent.line,
        conditions: [...parent.conditions, ...rule.conditions.filter((c) => !parent.conditions.includes(c))],
      }, `${rule.target}.o`, options));
    }
  }
  const diagnostics = builds.length ? [] : [diagnostic('registrations-kbuild-not-found', 'info', { file, line: 1 },
    `no rule in ${file} builds ${object}`, { hint: 'the file may be #included into another one (kernel/sched/build_policy.c includes the sched_ext files)' })];
  return { builds, diagnostics };
}

type Partial = Omit<KbuildBuild, 'module' | 'modular'>;

function finish(b: Partial, moduleObject: string, options: KbuildOptions): KbuildBuild {
  const name = moduleObject.endsWith('.o') ? moduleObject.slice(0, -2) : null;
  let modular: boolean | null;
  if (b.config === 'y') modular = false;
  else if (b.config === 'm') modular = true;
  else modular = b.config ? (options.isTristate?.(b.config) ?? null) : null;
  const config = b.config === 'y' || b.config === 'm' ? null : b.config;
  return { ...b, config, module: modular === false ? null : name, modular };
}

/** Assignment rules with their conditionals, continuation lines joined and comments dropped. */
function readRules(text: string): Rule[] {
  const rules: Rule[] = [];
  const frames: { active: string[]; tested: string[] }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i];
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i];
    line = line.replace(/(^|[^\\])#.*$/, '$1').trim();
    if (line === '') continue;
    const cond = /^(?:(else)\s*)?(ifeq|ifneq|ifdef|ifndef)\b\s*(.*)$/.exec(line);
    if (cond) {
      const c = makeCondition(cond[2], cond[3]);
      const top = frames[frames.length - 1];
      if (cond[1] && top) {
        top.active = [...top.tested.map(negateMake), c];
        top.tested.push(c);
      } else frames.push({ active: [c], tested: [c] });
      continue;
    }
    if (line === 'else') {
      const top = frames[frames.length - 1];
      if (top) top.active = top.tested.map(negateMake);
      continue;
    }
    if (line === 'endif') {
      frames.pop();
      continue;
    }
    const m = /^([\w.-]+?)-(\$\((CONFIG_\w+)\)|y|m|objs)\s*(?::=|\+=|\?=|=)\s*(.*)$/.exec(line);
    if (!m || NOT_OBJECT_LISTS.test(m[1])) continue;
    const config = m[3] ?? (m[2] === 'objs' ? 'y' : m[2]);
    rules.push({ target: m[1], config: m[1] === 'obj' ? config : config === 'y' ? null : config, values: m[4].split(/\s+/), line: start + 1, conditions: frames.flatMap((f) => f.active) });
  }
  return rules;
}

/**
 * A Makefile conditional as a readable condition.
 * @example makeCondition('ifeq', '($(CONFIG_NF_NAT),m)') // 'CONFIG_NF_NAT=m'
 * @example makeCondition('ifneq', '($(CONFIG_X),)') // 'CONFIG_X'
 */
export function makeCondition(keyword: string, rest: string): string {
  if (keyword === 'ifdef') return rest.trim();
  if (keyword === 'ifndef') return `!${rest.trim()}`;
  const m = /^\(\s*([^,]*?)\s*,\s*(.*?)\s*\)$/.exec(rest.trim()) ?? /^["']([^"']*)["']\s+["']([^"']*)["']$/.exec(rest.trim());
  if (!m) return `${keyword} ${rest.trim()}`;
  const [a, b] = [m[1], m[2]].map((s) => s.replace(/^\$\((\w+)\)$/, '$1'));
  const equal = keyword === 'ifeq';
  if (b === '') return equal ? `!${a}` : a;
  return `${a}${equal ? '=' : '!='}${b}`;
}

function negateMake(condition: string): string {
  const m = /^([^!=]+)(!?=)(.*)$/.exec(condition);
  if (m) return `${m[1]}${m[2] === '=' ? '!=' : '='}${m[3]}`;
  return negateCondition(condition);
}
