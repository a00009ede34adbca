/** A title split into its hand-written number and the rest. */
export interface SplitTitle {
  /** "2.5.8" as written (without a trailing dot), or null when the title has no number. */
  number: string | null;
  /** The title without the number. */
  title: string;
  /** The whitespace between number and title, as written ("" when there is no number). */
  separator: string;
  /** Whether the number was written with a trailing dot ("3. kfunc …"). */
  trailingDot: boolean;
}

const NUMBERED = /^(\d+(?:\.\d+)*)(\.?)(\s+)(\S[\s\S]*)$/;

/**
 * Splits "2.5.8 KF_DEPRECATED flag" or "3. kfunc lifecycle expectations" into number and title.
 * A title that is only a number, or a number glued to a word ("64-bit"), has no number.
 * @example splitSectionNumber('2.7  Specifying no-cast aliases').separator // '  '
 * @example splitSectionNumber('3. kfunc lifecycle expectations').number // '3'
 */
export function splitSectionNumber(rawTitle: string): SplitTitle {
  const m = NUMBERED.exec(rawTitle);
  if (!m) return { number: null, title: rawTitle, separator: '', trailingDot: false };
  return { number: m[1], title: m[4], separator: m[3], trailingDot: m[2] === '.' };
}
