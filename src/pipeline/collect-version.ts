/**
 * Everything one kernel version says about its kfuncs: registrations joined with definitions,
 * kernel-doc, BPF-side declarations, build conditions, flags and deprecation clues.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { baseKfuncName, readCompatHeader } from '../graph/compat-header.ts';
import type { DeprecationClue, KfuncSnapshot, RenameHint, VersionSnapshot } from '../graph/snapshot.ts';
import type { KernelDoc, KfuncVersion, Registration } from '../graph/types.ts';
import { matchKernelDoc, toBpfDeclaration, type FunctionDefinition, type KernelDocComment } from '../kerneldoc/index.ts';
import { parseKfFlags, resolveKfuncs, type FlagDefinition, type KfuncRegistration } from '../registrations/index.ts';
import type { OpenedTree } from '../sources/open-tree.ts';
import { deprecationClues } from './deprecation-clues.ts';
import { findNearbyDefinitions } from './find-nearby-definitions.ts';
import type { ParseCache } from './parse-cache.ts';
import { buildInfoReader } from './read-build-info.ts';
import { readCFiles, type ParsedCFile } from './read-c-files.ts';

export interface VersionFacts {
  version: string;
  kfuncs: Map<string, KfuncVersion & { testOnly: boolean }>;
  flags: FlagDefinition[];
  snapshot: VersionSnapshot;
  diagnostics: Diagnostic[];
  /** Every function defined in the C files read. */
  functions: Set<string>;
  /** Whether the tree had C sources at all (a Documentation-only tree has none). */
  hasSources: boolean;
}

const BTF_H = 'include/linux/btf.h';
const COMPAT_DIRS = ['tools/sched_ext/include'];

/** Prefer the `__bpf_kfunc` definition, then one in the registering file, then any non-static one. */
function pickDefinition(candidates: FunctionDefinition[] | undefined, registrationFile: string): FunctionDefinition | undefined {
  if (!candidates?.length) return undefined;
  return (
    candidates.find((d) => d.hasBpfKfunc) ??
    candidates.find((d) => d.file === registrationFile) ??
    candidates.find((d) => !d.attributes.includes('static')) ??
    candidates[0]
  );
}

function toKernelDoc(c: KernelDocComment): KernelDoc {
  return {
    name: c.name,
    summary: c.summary,
    params: c.params.map((p) => ({ name: p.name, description: p.description })),
    returns: c.returns,
    sections: c.sections.filter((s) => s.name !== 'Description' && s.name !== 'Return').map((s) => ({ name: s.name, text: s.text })),
    description: c.description,
    file: c.file,
    line: c.line,
  };
}

const toRegistration = (r: KfuncRegistration): Registration => ({
  set: r.set,
  file: r.file,
  line: r.line,
  flags: r.flags,
  conditions: r.conditions,
  programTypes: r.programTypes,
  idSets: r.idSets,
  ...(r.filter ? { filter: r.filter } : {}),
});

export async function collectVersion(opened: OpenedTree, cache: ParseCache): Promise<VersionFacts> {
  const { tree, version } = opened;
  const cFiles = await readCFiles(tree, cache);
  const diagnostics: Diagnostic[] = [];
  const tag = (d: Diagnostic) => diagnostics.push({ ...d, version });
  for (const f of cFiles) {
    f.registrations.diagnostics.forEach(tag);
    f.diagnostics.forEach(tag);
  }
  const resolved = resolveKfuncs(cFiles.map((f) => f.registrations));
  resolved.diagnostics.forEach(tag);

  const btfText = await tree.readFile(BTF_H);
  const flags = btfText ? parseKfFlags(BTF_H, btfText) : [];

  const definitions = new Map<string, FunctionDefinition[]>();
  const commentFor = new Map<string, KernelDocComment>();
  for (const f of cFiles) indexFile(f, definitions, commentFor);

  const undefinedNames = new Map<string, string>();
  for (const r of resolved.registrations) if (!definitions.has(r.name)) undefinedNames.set(r.name, r.file);
  if (undefinedNames.size) {
    const read = new Set(cFiles.map((f) => f.file));
    for (const d of await findNearbyDefinitions(tree, undefinedNames, cache, read)) definitions.set(d.name, [d]);
  }

  const compat = await readCompat(opened);
  const buildInfo = buildInfoReader(tree);

  const byName = new Map<string, KfuncRegistration[]>();
  for (const r of resolved.registrations) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);

  const kfuncs = new Map<string, KfuncVersion & { testOnly: boolean }>();
  const snapshots = new Map<string, KfuncSnapshot>();
  for (const [name, regs] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const main = regs.find((r) => !r.testOnly) ?? regs[0];
    const testOnly = regs.every((r) => r.testOnly);
    const allFlags = [...new Set(regs.flatMap((r) => r.flags))];
    const programTypes = [...new Set(regs.flatMap((r) => r.programTypes))];
    const def = pickDefinition(definitions.get(name), main.file);
    const comment = def ? commentFor.get(`${def.file}:${def.line}`) : undefined;
    if (comment && def) matchKernelDoc(comment, def).forEach(tag);
    const build = await buildInfo(main.file);
    const bpfDeclaration = def ? toBpfDeclaration(def, allFlags) : null;
    const clues: DeprecationClue[] = deprecationClues(version, main, def, comment);
    const deadline = compat.deadlines.get(name);
    if (deadline && clues.length) {
      clues.push({ ...deadline, removalPlanned: deadline.removalPlanned });
    }
    kfuncs.set(name, {
      testOnly,
      flags: main.flags,
      programTypes,
      registrations: regs.map(toRegistration),
      conditions: main.conditions,
      file: main.file,
      line: main.line,
      definition: def ? { file: def.file, line: def.line, signature: def.signature } : null,
      bpfDeclaration,
      doc: comment ? toKernelDoc(comment) : null,
      build: build ? { config: build.config, module: build.module } : { config: null, module: null },
      deprecations: clues,
    });
    snapshots.set(name, {
      name,
      testOnly,
      flags: main.flags,
      programTypes,
      bpfDeclaration,
      file: main.file,
      line: main.line,
      ...(def ? { definitionFile: def.file, definitionLine: def.line, body: def.body } : {}),
      ...(comment ? { docText: [comment.summary, comment.description, ...comment.params.map((p) => p.description)].join('\n') } : {}),
      deprecations: clues,
    });
  }

  return {
    version,
    kfuncs,
    flags,
    snapshot: {
      version,
      kfuncs: snapshots,
      flagDefinitions: new Map(flags.map((f) => [f.name, { file: f.file, line: f.line }])),
      renameHints: compat.renames,
    },
    diagnostics,
    functions: new Set(definitions.keys()),
    hasSources: cFiles.length > 0 || btfText !== undefined,
  };
}

function indexFile(f: ParsedCFile, definitions: Map<string, FunctionDefinition[]>, commentFor: Map<string, KernelDocComment>): void {
  for (const d of f.definitions) definitions.set(d.name, [...(definitions.get(d.name) ?? []), d]);
  for (const c of f.comments) {
    if (c.kind === 'function' && c.followedBy) commentFor.set(`${f.file}:${c.followedBy.line}`, c);
  }
}

async function readCompat(opened: OpenedTree): Promise<{ renames: RenameHint[]; deadlines: Map<string, DeprecationClue> }> {
  const renames: RenameHint[] = [];
  const deadlines = new Map<string, DeprecationClue>();
  for (const dir of COMPAT_DIRS) {
    for (const file of await opened.tree.listFiles(dir)) {
      if (!/compat[^/]*\.h$/.test(path.posix.basename(file))) continue;
      const text = await opened.tree.readFile(file);
      if (!text) continue;
      const parsed = readCompatHeader(text);
      for (const r of parsed.renames) {
        renames.push({ from: r.from, to: r.to, evidence: { file, line: r.line, version: opened.version, text: `compat wrapper ${r.to}() falls back to ${r.from}()` } });
      }
      for (const d of parsed.deadlines) {
        const name = baseKfuncName(d.name);
        if (!deadlines.has(name)) {
          deadlines.set(name, {
            source: 'compat-header',
            file,
            line: d.line,
            version: opened.version,
            text: `${file}: "${d.text}"`,
            deadlineText: d.deadlineText,
            removalPlanned: d.removalPlanned,
          });
        }
      }
    }
  }
  return { renames, deadlines };
}
