import type { GraphContext } from './graph-context.ts';

/** Every flag with a page: defined in some version, carried by a kfunc, or named by a finding. */
export function flagNames(ctx: GraphContext): string[] {
  const names = new Set(ctx.graph.flags.map((f) => f.name));
  for (const k of ctx.graph.kfuncs) for (const v of Object.values(k.versions)) v.flags.forEach((f) => names.add(f));
  for (const d of ctx.graph.diagnostics) for (const m of d.message.matchAll(/\bKF_[A-Z0-9_]+\b/g)) names.add(m[0]);
  return [...names].sort();
}
