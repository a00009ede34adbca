/**
 * Blanks out C comments and the contents of string and character literals, keeping every
 * offset and newline, so that braces and parentheses can be counted on the result while
 * positions still point into the original text.
 *
 * A literal that is not closed on its line is left alone: C literals cannot span lines, and a
 * stray quote (`#error don't`) must not swallow the rest of the file.
 *
 * @example
 * maskComments('f("{", 1) // }') // → 'f(" ", 1)     '
 */
export function maskComments(text: string): string {
  const out: string[] = [];
  let copied = 0;
  const blank = (from: number, to: number) => {
    out.push(text.slice(copied, from), spaces(text.slice(from, to)));
    copied = to;
  };
  const special = /[/"']/g;
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    let next = i + 1;
    if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2);
      next = end < 0 ? text.length : end + 2;
      blank(i, next);
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const end = text.indexOf('\n', i);
      next = end < 0 ? text.length : end;
      blank(i, next);
    } else if (c !== SLASH) {
      const end = literalEnd(text, i, c);
      if (end > 0) {
        blank(i + 1, end - 1);
        next = end;
      }
    }
    special.lastIndex = next;
  }
  out.push(text.slice(copied));
  return out.join('');
}

const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** Offset just past the closing quote, or -1 when the literal is not closed on its line. */
function literalEnd(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      // A backslash-newline continues the literal on the next line, as in a macro body.
      i++;
    } else if (c === quote) {
      return i + 1;
    } else if (c === NEWLINE) {
      return -1;
    }
  }
  return -1;
}

/** Same length, newlines kept, everything else a space. */
export function spaces(text: string): string {
  return text.includes('\n') ? text.replace(/[^\n]/g, ' ') : ' '.repeat(text.length);
}
