/**
 * A kfunc's life across the versions scanned: introduced, flags / program types / BPF-side
 * signature changed, deprecated, renamed, removed. Each event names its evidence; an event seen
 * first in version B is placed "between A and B" (A the scanned version before it).
 */
import { matchRenames } from './rename.ts';
import type { KfuncSnapshot, VersionSnapshot } from './snapshot.ts';
import type { Evidence, LifecycleEvent } from './types.ts';

const registered = (k: KfuncSnapshot, version: string, text: string): Evidence => ({ file: k.file, line: k.line, version, text });
const diff = (a: readonly string[], b: readonly string[]) => ({
  added: b.filter((x) => !a.includes(x)),
  removed: a.filter((x) => !b.includes(x)),
});
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

export function computeLifecycles(snapshots: readonly VersionSnapshot[]): Map<string, LifecycleEvent[]> {
  const events = new Map<string, LifecycleEvent[]>();
  const push = (name: string, event: LifecycleEvent) => {
    if (!events.has(name)) events.set(name, []);
    events.get(name)!.push(event);
  };
  const renamedFrom = new Map<string, string>();

  snapshots.forEach((snap, index) => {
    const prev = index > 0 ? snapshots[index - 1] : undefined;
    const renames = prev ? matchRenames(prev, snap) : [];
    const renamedTo = new Map(renames.map((r) => [r.from, r]));
    for (const r of renames) renamedFrom.set(`${snap.version}\0${r.to}`, r.from);
    const aliases = prev ? deprecatedAliases(prev, snap) : [];
    for (const a of aliases) renamedFrom.set(`${snap.version}\0${a.to}`, a.from);

    for (const k of snap.kfuncs.values()) {
      const before = prev?.kfuncs.get(k.name);
      if (!prev || !before) {
        const from = renamedFrom.get(`${snap.version}\0${k.name}`);
        push(k.name, {
          version: snap.version,
          kind: 'introduced',
          ...(prev ? { after: prev.version } : { atOrBefore: true }),
          ...(from ? { from, detail: `renamed from ${from}` } : {}),
          evidence: [registered(k, snap.version, `${k.name} registered in ${k.file}`)],
        });
      } else {
        compareVersions(before, k, prev!, snap, push);
      }
      const wasDeprecated = before && before.deprecations.length > 0;
      if (k.deprecations.length && !wasDeprecated) {
        const planned = k.deprecations.find((d) => d.removalPlanned);
        const replacement = k.deprecations.find((d) => d.replacement)?.replacement;
        push(k.name, {
          version: snap.version,
          kind: 'deprecated',
          ...(prev && before ? { after: prev.version } : { atOrBefore: true }),
          ...(planned ? { removalPlanned: planned.removalPlanned } : {}),
          ...(replacement ? { to: replacement } : {}),
          detail: k.deprecations.map((d) => d.text).join('; '),
          evidence: k.deprecations.map(({ file, line, version, text }) => ({ file, line, version, text })),
        });
      }
    }

    for (const a of aliases) {
      push(a.from, { version: snap.version, kind: 'renamed', after: prev!.version, to: a.to, detail: `renamed to ${a.to}; the old name stays as a deprecated wrapper`, evidence: a.evidence });
    }

    if (!prev) return;
    for (const old of prev.kfuncs.values()) {
      if (snap.kfuncs.has(old.name)) continue;
      const rename = renamedTo.get(old.name);
      if (rename) {
        push(old.name, {
          version: snap.version,
          kind: 'renamed',
          after: prev.version,
          to: rename.to,
          detail: `renamed to ${rename.to} (${rename.reason})`,
          evidence: rename.evidence,
        });
      } else {
        push(old.name, {
          version: snap.version,
          kind: 'removed',
          after: prev.version,
          evidence: [registered(old, prev.version, `last registered in ${prev.version}`)],
        });
      }
    }
  });
  return events;
}

function compareVersions(
  a: KfuncSnapshot,
  b: KfuncSnapshot,
  prev: VersionSnapshot,
  snap: VersionSnapshot,
  push: (name: string, e: LifecycleEvent) => void,
): void {
  const where = { version: snap.version, after: prev.version };
  const flags = diff(a.flags, b.flags);
  if (flags.added.length || flags.removed.length) {
    const retired = flags.removed.filter((f) => prev.flagDefinitions.has(f) && !snap.flagDefinitions.has(f));
    const notes = [
      ...flags.added.map((f) => `+${f}`),
      ...flags.removed.map((f) => (retired.includes(f) ? `-${f} (flag retired: no longer defined in include/linux/btf.h)` : `-${f}`)),
    ];
    push(b.name, {
      ...where,
      kind: 'flags-changed',
      added: flags.added,
      removed: flags.removed,
      detail: notes.join(', '),
      evidence: [
        registered(a, prev.version, `${a.flags.join(' | ') || 'no flags'}`),
        registered(b, snap.version, `${b.flags.join(' | ') || 'no flags'}`),
        ...retired.map((f) => ({ ...prev.flagDefinitions.get(f)!, version: prev.version, text: `${f} defined in ${prev.version}, gone in ${snap.version}` })),
      ],
    });
  }
  const types = diff(a.programTypes, b.programTypes);
  if (types.added.length || types.removed.length) {
    push(b.name, {
      ...where,
      kind: 'program-types-changed',
      added: types.added,
      removed: types.removed,
      detail: [...types.added.map((t) => `+${t}`), ...types.removed.map((t) => `-${t}`)].join(', '),
      evidence: [registered(b, snap.version, `registered for ${b.programTypes.join(', ')}`)],
    });
  }
  if (a.bpfDeclaration && b.bpfDeclaration && squash(a.bpfDeclaration) !== squash(b.bpfDeclaration)) {
    push(b.name, {
      ...where,
      kind: 'signature-changed',
      detail: `${squash(a.bpfDeclaration)} → ${squash(b.bpfDeclaration)}`,
      evidence: [
        { file: a.definitionFile ?? a.file, line: a.definitionLine ?? a.line, version: prev.version, text: squash(a.bpfDeclaration) },
        { file: b.definitionFile ?? b.file, line: b.definitionLine ?? b.line, version: snap.version, text: squash(b.bpfDeclaration) },
      ],
    });
  }
  if (a.file !== b.file && !a.file.startsWith('tools/') && b.file.startsWith('tools/testing/')) {
    push(b.name, {
      ...where,
      kind: 'moved-to-test-module',
      detail: `moved from ${a.file} to ${b.file}`,
      evidence: [registered(a, prev.version, 'registered in the kernel'), registered(b, snap.version, 'registered in the selftest module')],
    });
  }
}

/**
 * A rename that keeps the old name for a while: the old kfunc turns deprecated in this version,
 * names a replacement that arrived in this same version, and its body now calls it.
 */
function deprecatedAliases(prev: VersionSnapshot, snap: VersionSnapshot): { from: string; to: string; evidence: Evidence[] }[] {
  const out: { from: string; to: string; evidence: Evidence[] }[] = [];
  for (const k of snap.kfuncs.values()) {
    const before = prev.kfuncs.get(k.name);
    if (!before || before.deprecations.length) continue;
    const clue = k.deprecations.find((d) => d.replacement && !prev.kfuncs.has(d.replacement) && snap.kfuncs.has(d.replacement));
    if (!clue || !k.body || !new RegExp(`\\b${clue.replacement}\\s*\\(`).test(codeOnly(k.body))) continue;
    out.push({
      from: k.name,
      to: clue.replacement!,
      evidence: [{ file: clue.file, line: clue.line, version: clue.version, text: clue.text }, registered(snap.kfuncs.get(clue.replacement!)!, snap.version, `${clue.replacement} registered`)],
    });
  }
  return out;
}

/** C text with string literals and comments blanked, so a name in a message is not a call. */
function codeOnly(c: string): string {
  return c.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, ' ');
}
