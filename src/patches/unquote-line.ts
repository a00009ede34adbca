/** A line of a reply with its quoting taken off. */
export interface UnquotedLine {
  /** How many quote levels: 0 for the reply's own text. */
  depth: number;
  text: string;
}

/**
 * Takes the quote marks off a line of a reply, whatever the mailer: `> ` (Mutt, Gmail, Thunderbird),
 * `>` alone on a blank line, `> > ` and `>>` nesting (Mutt, Gnus). One space after the last `>`
 * belongs to the quoting; a second one is the line's own (a diff's blank context line quoted by
 * Thunderbird is `>  `). A `>` after two spaces is text, not quoting: ` > x` is a diff context line.
 * @example unquoteLine('> >  #define KF_RCU') // { depth: 2, text: ' #define KF_RCU' }
 */
export function unquoteLine(line: string): UnquotedLine {
  let depth = 0;
  let i = 0;
  while (line[i] === '>') {
    depth++;
    i++;
    if (line[i] === ' ' && line[i + 1] === '>') i++;
  }
  if (depth > 0 && line[i] === ' ') i++;
  return { depth, text: line.slice(i) };
}

const ELISION = /^(\[\s*(\.{2,}|…)\s*\]|\[\s*\.*\s*(snip|snipped|cut|trimmed)\s*\.*\s*\]|<\s*(snip|snipped)\s*>|\.{3}|…|-+\s*(snip|8<|>8)\s*-+)$/i;

/**
 * Whether a line marks quoted text left out: `[..]`, `[...]`, `[ ... ]`, `[snip]`, `<snip>`, `...`.
 * Inside a quoted diff a marker has no leading blank (a diff line would have one), so callers pass
 * `indented: false` there; in the reply's own text it may be indented.
 * @example isElision('[ ... ]') // true
 */
export function isElision(text: string, indented = false): boolean {
  const t = text.trimEnd();
  return ELISION.test(indented ? t.trimStart() : t);
}
