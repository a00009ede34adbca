/**
 * Rewrites every point (positions and directive content starts) in a subtree. The walk is
 * generic over the plain-data tree, so it never falls behind when a node type is added.
 */
import type { RstPoint } from '../rst-tree.ts';

const isPoint = (value: object): value is RstPoint =>
  Object.keys(value).length === 2 && 'line' in value && 'column' in value;

export function mapPoints<T extends object>(node: T, fn: (point: RstPoint) => RstPoint): T {
  return walk(node, fn) as T;
}

function walk(value: unknown, fn: (point: RstPoint) => RstPoint): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, fn));
  if (typeof value !== 'object' || value === null) return value;
  if (isPoint(value)) return fn(value);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = walk(v, fn);
  return out;
}
