/**
 * A kfunc of the graph → the data of its page (`/kfuncs/<name>/`) and its index row. A removed or
 * renamed kfunc keeps its page, described from the newest version that still had it.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { GraphKfunc, KfuncVersion } from '../graph/types.ts';
import type { CheckView, KfuncEntry, ParamView, SetView } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { kfuncStatus, lifecycleBadge } from './lifecycle-badge.ts';
import { kfuncTimeline } from './kfunc-timeline.ts';
import { flagSection, newestDocuments, sectionAnchor, sectionAt } from './guide-sections.ts';
import { paramSuffix } from './param-suffixes.ts';
import { shortProgramTypes } from './program-types.ts';
import { setContext } from './set-context.ts';
import { eventPatchRef, patchesTouching } from './to-patch-entries.ts';

/** The versions that register the kfunc, oldest first. */
function presentVersions(kfunc: GraphKfunc, ctx: GraphContext): string[] {
  return ctx.graph.versions.filter((v) => kfunc.versions[v]);
}

export function toCheckView(d: Diagnostic, ctx: GraphContext): CheckView {
  const version = d.version ?? ctx.newest;
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.version ? { version: d.version } : {}),
    source: d.file ? ctx.source(d.file, d.line, version) : null,
  };
}

/** Diagnostics that name the thing, as a whole word, in their message. */
export function diagnosticsNaming(name: string, ctx: GraphContext): CheckView[] {
  const word = new RegExp(`\\b${name}\\b`);
  return ctx.graph.diagnostics.filter((d) => word.test(d.message)).map((d) => toCheckView(d, ctx));
}

/** Whether a parameter of the kernel prototype is left out of the BPF declaration. */
function isImplicit(name: string, v: KfuncVersion): boolean {
  if (!v.bpfDeclaration || !v.definition) return false;
  const word = new RegExp(`\\b${name}\\b`);
  return word.test(v.definition.signature) && !word.test(v.bpfDeclaration);
}

function toParams(v: KfuncVersion, ctx: GraphContext): ParamView[] {
  return (v.doc?.params ?? []).map((p) => {
    const suffix = paramSuffix(p.name);
    return {
      name: p.name,
      html: ctx.kernelDocHtml(p.description),
      ...(isImplicit(p.name, v) ? { implicit: true } : {}),
      ...(suffix ? { suffix: { suffix: suffix.suffix, meaning: suffix.meaning, href: ctx.guideHref('Documentation/bpf/kfuncs.rst', suffix.anchor) } } : {}),
    };
  });
}

function toSets(v: KfuncVersion, version: string, ctx: GraphContext): SetView[] {
  return v.registrations.map((r) => {
    const context = setContext(r.set);
    return {
      name: r.set,
      ...(context ? { context } : {}),
      programTypes: shortProgramTypes(r.programTypes),
      flags: r.flags,
      conditions: r.conditions,
      idSets: r.idSets,
      ...(r.filter ? { filter: r.filter } : {}),
      source: ctx.source(r.file, r.line, version),
    };
  });
}

function flagMeaning(flag: string, ctx: GraphContext): string {
  const def = ctx.graph.flags.find((f) => f.name === flag);
  if (!def) return '';
  const newest = ctx.graph.versions.filter((v) => def.versions[v]).at(-1);
  return newest ? def.versions[newest].comment : '';
}

function deprecation(kfunc: GraphKfunc, ctx: GraphContext): KfuncEntry['deprecation'] {
  const events = kfunc.lifecycle.filter((e) => e.kind === 'deprecated');
  if (!events.length) return null;
  const first = events[0];
  const planned = events.map((e) => e.removalPlanned).find(Boolean);
  const replacement = events.map((e) => e.to).find(Boolean);
  const removed = kfunc.lifecycle.find((e) => e.kind === 'removed');
  const patch = events.find((e) => e.patch)?.patch;
  return {
    since: first.version,
    ...(first.after ? { when: `between ${first.after} and ${first.version}` } : {}),
    ...(planned ? { removalPlanned: planned } : {}),
    ...(replacement ? { replacement } : {}),
    ...(removed ? { removedIn: removed.version } : {}),
    evidence: events.flatMap((e) => e.evidence.map(ctx.evidence)),
    ...(patch ? { patch: eventPatchRef(patch, ctx) } : {}),
  };
}

function mentions(kfunc: GraphKfunc, ctx: GraphContext): KfuncEntry['mentions'] {
  const out: KfuncEntry['mentions'] = [];
  const seen = new Set<string>();
  for (const doc of newestDocuments(ctx)) {
    for (const m of doc.kfuncMentions.filter((x) => x.name === kfunc.name)) {
      const section = sectionAt(doc, m.line);
      const key = `${doc.path}#${section?.id ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        path: doc.path,
        section: section?.title ?? doc.title ?? doc.path,
        number: section?.number ?? null,
        href: ctx.guideHref(doc.path, section ? sectionAnchor(section) : ''),
        source: ctx.source(doc.path, m.line, doc.version),
      });
    }
  }
  return out;
}

/**
 * Call sites as examples. The collector keeps a file's first line naming the kfunc, which is often
 * its `extern … __ksym` declaration: that is not a use, and the declaration is on the page already.
 */
function usedIn(v: KfuncVersion, version: string, ctx: GraphContext): KfuncEntry['usedIn'] {
  return (v.usedIn ?? []).filter((u) => !/\b__ksym\b/.test(u.text)).map((u) => ({ text: u.text, source: ctx.source(u.file, u.line, version) }));
}

/** Who this kfunc was renamed from: the kfunc whose `renamed` event points here. */
function renamedFrom(kfunc: GraphKfunc, ctx: GraphContext): KfuncEntry['renamedFrom'] {
  const introduced = kfunc.lifecycle.find((e) => e.kind === 'introduced' && e.from);
  if (introduced?.from) return { name: introduced.from, version: introduced.version };
  for (const other of ctx.graph.kfuncs) {
    const r = other.lifecycle.find((e) => e.kind === 'renamed' && e.to === kfunc.name);
    if (r) return { name: other.name, version: r.version };
  }
  return undefined;
}

export function toKfuncEntry(kfunc: GraphKfunc, ctx: GraphContext): KfuncEntry {
  const present = presentVersions(kfunc, ctx);
  const version = present.at(-1) ?? ctx.newest;
  const v = kfunc.versions[version];
  const introduced = kfunc.lifecycle.find((e) => e.kind === 'introduced');
  const renamed = kfunc.lifecycle.filter((e) => e.kind === 'renamed').at(-1);
  const from = renamedFrom(kfunc, ctx);
  const doc = v.doc;
  const summary = doc?.summary ?? '';
  return {
    name: kfunc.name,
    testOnly: kfunc.testOnly,
    status: kfuncStatus(kfunc, ctx.newest),
    badge: lifecycleBadge(kfunc, ctx.newest),
    since: introduced?.version ?? present[0] ?? version,
    sinceAtOrBefore: Boolean(introduced?.atOrBefore),
    version,
    summary,
    summaryHtml: summary ? ctx.kernelDocHtml(summary).replace(/^<p>|<\/p>$/g, '') : '',
    subsystem: (v.definition?.file ?? v.file).replace(/\/[^/]*$/, ''),
    flags: v.flags.map((name) => {
      const guide = flagSection(name, ctx);
      return { name, meaning: flagMeaning(name, ctx), ...(guide ? { guide } : {}) };
    }),
    programTypes: shortProgramTypes(v.programTypes),
    bpfDeclaration: v.bpfDeclaration,
    prototype: v.definition?.signature ?? null,
    params: toParams(v, ctx),
    returnsHtml: doc?.returns ? ctx.kernelDocHtml(doc.returns) : null,
    descriptionHtml: doc?.description ? ctx.kernelDocHtml(doc.description) : '',
    sectionsHtml: (doc?.sections ?? []).map((s) => ({ name: s.name, html: ctx.kernelDocHtml(s.text) })),
    sets: toSets(v, version, ctx),
    conditions: v.conditions,
    build: v.build ?? null,
    sources: present.map((ver) => {
      const kv = kfunc.versions[ver];
      return {
        version: ver,
        release: ctx.graph.versionInfo[ver]?.release ?? ver,
        defined: kv.definition ? ctx.source(kv.definition.file, kv.definition.line, ver) : null,
        registered: ctx.source(kv.file, kv.line, ver),
        doc: kv.doc ? ctx.source(kv.doc.file, kv.doc.line, ver) : null,
      };
    }),
    timeline: kfuncTimeline(kfunc, ctx),
    deprecation: deprecation(kfunc, ctx),
    ...(renamed?.to ? { renamedTo: { name: renamed.to, version: renamed.version } } : {}),
    ...(from ? { renamedFrom: from } : {}),
    usedIn: usedIn(v, version, ctx),
    patches: patchesTouching(kfunc.name, ctx),
    mentions: mentions(kfunc, ctx),
    diagnostics: diagnosticsNaming(kfunc.name, ctx),
  };
}
