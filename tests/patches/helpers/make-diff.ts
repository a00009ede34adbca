/** Builds unified diffs in the tests, from a file and the edits made to it. */
export interface Edit {
  /** 0-based index of the first old line replaced (or the line the new lines go before). */
  at: number;
  /** How many old lines are removed. */
  remove: number;
  insert: string[];
}

/** The lines after the edits (sorted, not overlapping). */
export function applyEdits(lines: readonly string[], edits: readonly Edit[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const e of edits) {
    while (i < e.at) out.push(lines[i++]);
    out.push(...e.insert);
    i += e.remove;
  }
  while (i < lines.length) out.push(lines[i++]);
  return out;
}

/**
 * A `git diff`-style unified diff of `path` for the edits, with `context` lines around each change
 * and hunks merged when their context would touch, as diff does. Lines end with `\n`.
 */
export function makeDiff(path: string, lines: readonly string[], edits: readonly Edit[], context = 3): string {
  const groups: Edit[][] = [];
  for (const e of edits) {
    const last = groups.at(-1)?.at(-1);
    if (last && e.at - (last.at + last.remove) <= 2 * context) groups.at(-1)!.push(e);
    else groups.push([e]);
  }
  const out = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  let delta = 0;
  for (const group of groups) {
    const first = group[0];
    const last = group.at(-1)!;
    const from = Math.max(0, first.at - context);
    const to = Math.min(lines.length, last.at + last.remove + context);
    const body: string[] = [];
    let i = from;
    for (const e of group) {
      while (i < e.at) body.push(' ' + lines[i++]);
      for (let k = 0; k < e.remove; k++) body.push('-' + lines[i++]);
      body.push(...e.insert.map((l) => '+' + l));
    }
    while (i < to) body.push(' ' + lines[i++]);
    const oldCount = body.filter((l) => l[0] !== '+').length;
    const newCount = body.filter((l) => l[0] !== '-').length;
    const groupDelta = group.reduce((n, e) => n + e.insert.length - e.remove, 0);
    const oldStart = oldCount ? from + 1 : from;
    const newStart = newCount ? from + delta + 1 : from + delta;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body);
    delta += groupDelta;
  }
  return out.join('\n') + '\n';
}
