/** A small seeded generator (mulberry32) so that property tests are random yet repeatable. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function seeded(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)], chance: (p) => next() < p };
}

const WORDS = ['kfunc', 'bpf', 'flags', 'KF_ACQUIRE', 'return', '{', '}', '=====', '----', 'struct', 'task', '0;', '+x', '-y', '> q', 'From', '@@', '\\'];

/** A line of code or prose: words, tabs, runs of spaces, sometimes empty or blank. */
export function randomLine(r: Random, unique?: number): string {
  if (unique === undefined && r.chance(0.1)) return r.pick(['', ' ', '\t', '}', '{']);
  const words = Array.from({ length: r.int(1, 6) }, () => r.pick(WORDS));
  const indent = r.pick(['', '\t', '\t\t', '    ', ' ', ' * ']);
  const text = indent + words.join(r.pick([' ', '\t', '  ']));
  return unique === undefined ? text : `${text} #${unique}`;
}
