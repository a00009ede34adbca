/**
 * The `#if` / `#ifdef` / `#elif` / `#else` / `#endif` nesting in force at each point of a file,
 * as readable condition strings (`CONFIG_NET`, `!CONFIG_X`, `defined(CONFIG_A) && …`) that are
 * ANDed together. Nothing is evaluated: a `#else` branch reads as the negation of every branch
 * before it.
 */

interface Frame {
  /** Conditions this frame contributes to the current branch. */
  active: string[];
  /** Every condition tested so far in this `#if` chain. */
  tested: string[];
  line: number;
}

export interface ConditionStack {
  /**
   * Applies a conditional directive (`ifdef CONFIG_X`, `else`, …). Returns a problem in words when
   * the directive does not fit the nesting (an `#endif` without `#if`), else undefined.
   */
  apply(directive: string, line: number): string | undefined;
  /** Opens a header's include guard: nested like any `#ifndef`, but contributes no condition. */
  openGuard(line: number): void;
  /** The conditions in force, outermost first. The array is shared until the next change. */
  current(): readonly string[];
  /** Lines of the `#if`s still open, for an unterminated-conditional report at end of file. */
  openLines(): number[];
}

const ATOM = /^!?(?:[A-Za-z_]\w*|[A-Za-z_]\w*\([^()]*\)|\d+)$/;

/**
 * The readable negation of a condition, without doubling `!` or adding needless parentheses.
 * @example negateCondition('CONFIG_NET') // '!CONFIG_NET'
 * @example negateCondition('!defined(CONFIG_X)') // 'defined(CONFIG_X)'
 * @example negateCondition('CONFIG_A && CONFIG_B') // '!(CONFIG_A && CONFIG_B)'
 */
export function negateCondition(condition: string): string {
  const c = condition.trim();
  if (ATOM.test(c)) return c.startsWith('!') ? c.slice(1) : `!${c}`;
  if (c.startsWith('!(') && c.endsWith(')') && balanced(c.slice(2, -1))) return c.slice(2, -1);
  return `!(${c})`;
}

/**
 * Tidies an `#if` expression as written into one readable form.
 * @example normalizeCondition('defined (CONFIG_A)&&  defined CONFIG_B') // 'defined(CONFIG_A) && defined(CONFIG_B)'
 */
export function normalizeCondition(expression: string): string {
  return expression
    .replace(/\bdefined\s*\(\s*(\w+)\s*\)/g, 'defined($1)')
    .replace(/\bdefined\s+(\w+)/g, 'defined($1)')
    .replace(/\s*(&&|\|\|)\s*/g, ' $1 ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+/g, ' ')
    .trim();
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The condition a directive tests, for `if`-like directives (`ifdef X` → `X`, `ifndef X` → `!X`). */
function testedBy(keyword: string, rest: string): string {
  if (keyword === 'ifdef' || keyword === 'elifdef') return rest.trim();
  if (keyword === 'ifndef' || keyword === 'elifndef') return negateCondition(rest.trim());
  return normalizeCondition(rest);
}

export function createConditionStack(): ConditionStack {
  const frames: Frame[] = [];
  let cached: readonly string[] = [];
  const refresh = (): void => {
    cached = frames.flatMap((f) => f.active);
  };
  return {
    apply(directive, line) {
      const m = /^(\w+)\s*(.*)$/.exec(directive);
      if (!m) return undefined;
      const [, keyword, rest] = m;
      const top = frames[frames.length - 1];
      if (keyword === 'if' || keyword === 'ifdef' || keyword === 'ifndef') {
        const c = testedBy(keyword, rest);
        frames.push({ active: [c], tested: [c], line });
      } else if (keyword === 'elif' || keyword === 'elifdef' || keyword === 'elifndef') {
        if (!top) return `#${keyword} without #if`;
        const c = testedBy(keyword, rest);
        top.active = [...top.tested.map(negateCondition), c];
        top.tested.push(c);
      } else if (keyword === 'else') {
        if (!top) return '#else without #if';
        top.active = top.tested.map(negateCondition);
      } else if (keyword === 'endif') {
        if (!top) return '#endif without #if';
        frames.pop();
      } else {
        return undefined;
      }
      refresh();
      return undefined;
    },
    openGuard(line) {
      frames.push({ active: [], tested: [], line });
    },
    current: () => cached,
    openLines: () => frames.map((f) => f.line),
  };
}

/** Drops a header's include guard (`#ifndef X` then `#define X` as its first directives) from a condition list. */
export function isIncludeGuard(first: string | undefined, second: string | undefined): boolean {
  const m = first ? /^ifndef (\w+)$/.exec(first) : null;
  return !!m && !!second && new RegExp(`^define ${m[1]}\\b`).test(second);
}
