/**
 * One entry per `KF_*` flag that is defined in some version, carried by some kfunc, or named by a
 * diagnostic (a flag documented in a guide but never defined has a page that says so).
 */
import type { FlagEntry } from './entry-types.ts';
import type { GraphContext } from './graph-context.ts';
import { flagSection } from './guide-sections.ts';
import { kfuncStatus } from './lifecycle-badge.ts';
import { diagnosticsNaming } from './to-kfunc-entry.ts';
import { flagNames } from './flag-names.ts';

export function toFlagEntries(ctx: GraphContext): FlagEntry[] {
  const { graph } = ctx;
  return flagNames(ctx).map((name) => {
    const def = graph.flags.find((f) => f.name === name);
    const definitions = graph.versions.map((version) => {
      const d = def?.versions[version];
      return d
        ? { version, defined: true, bit: d.bit, value: d.value, comment: d.comment, source: ctx.source(d.file, d.line, version) }
        : { version, defined: false, bit: null, value: '', comment: '', source: null };
    });
    const defined = definitions.filter((d) => d.defined);
    const kfuncs = graph.kfuncs
      .map((k) => ({
        name: k.name,
        status: kfuncStatus(k, ctx.newest),
        testOnly: k.testOnly,
        versions: graph.versions.filter((v) => k.versions[v]?.flags.includes(name)),
      }))
      .filter((k) => k.versions.length);
    const lastDefined = defined.at(-1);
    const guide = flagSection(name, ctx);
    const retired = def?.retiredIn ?? (lastDefined && lastDefined.version !== ctx.newest ? graph.versions[graph.versions.indexOf(lastDefined.version) + 1] : undefined);
    return {
      name,
      definitions,
      introducedIn: defined[0]?.version ?? null,
      retiredIn: retired ?? null,
      undefined: defined.length === 0,
      meaning: lastDefined?.comment ?? '',
      ...(guide ? { guide } : {}),
      kfuncs,
      diagnostics: diagnosticsNaming(name, ctx),
    };
  });
}
