/**
 * Footnotes and citations. restructured leaves `.. [#name] text` as a comment; docutils numbers
 * auto-numbered footnotes in the order they are defined, skipping numbers written by hand, and
 * matches `[#]_` references to `[#]` footnotes in order.
 */
import type { RstComment, RstRoot } from '../rst/rst-tree.ts';
import { blocksInOrder } from '../rst/walk-tree.ts';

export interface Footnote {
  comment: RstComment;
  /** The label as written: `1`, `#`, `#fentry`, `*`, or a citation name. */
  label: string;
  /** The footnote's text (rst), label removed. */
  body: string;
  /** What the reader sees: `1`, `†`, `CIT2002`. */
  mark: string;
  id: string;
}

export interface Footnotes {
  byComment: Map<RstComment, Footnote>;
  /** The footnote a reference names; `#` and `*` take the next unused one, in order. */
  resolve(label: string): Footnote | undefined;
}

const DEFINITION = /^\[(#[^\]\s]*|\*|\d+|[A-Za-z][\w.:+-]*)\]\s+([\s\S]*)$/;
const SYMBOLS = ['*', '†', '‡', '§', '¶', '#', '♠', '♥', '♦', '♣'];

export function parseFootnote(comment: RstComment): { label: string; body: string } | undefined {
  const m = DEFINITION.exec(comment.value);
  return m ? { label: m[1], body: m[2] } : undefined;
}

export function collectFootnotes(root: RstRoot): Footnotes {
  const definitions = blocksInOrder(root).flatMap((b) => {
    const parsed = b.type === 'comment' ? parseFootnote(b) : undefined;
    return parsed && b.type === 'comment' ? [{ comment: b, ...parsed }] : [];
  });
  const taken = new Set(definitions.filter((d) => /^\d+$/.test(d.label)).map((d) => Number(d.label)));
  let next = 1;
  let symbol = 0;
  const footnotes = definitions.map(({ comment, label, body }): Footnote => {
    let mark = label;
    if (label.startsWith('#')) {
      while (taken.has(next)) next++;
      taken.add(next);
      mark = String(next);
    } else if (label === '*') {
      mark = SYMBOLS[symbol % SYMBOLS.length].repeat(Math.floor(symbol / SYMBOLS.length) + 1);
      symbol++;
    }
    const citation = !/^\d+$/.test(mark) && label !== '*';
    return { comment, label, body, mark, id: citation ? `citation-${mark.toLowerCase()}` : `footnote-${label === '*' ? `s${symbol}` : mark}` };
  });
  const byLabel = new Map(footnotes.filter((f) => f.label !== '#' && f.label !== '*').map((f) => [f.label.toLowerCase(), f]));
  const anonymous = footnotes.filter((f) => f.label === '#');
  const symbols = footnotes.filter((f) => f.label === '*');
  return {
    byComment: new Map(footnotes.map((f) => [f.comment, f])),
    resolve(label) {
      if (label === '#') return anonymous.shift();
      if (label === '*') return symbols.shift();
      return byLabel.get(label.toLowerCase());
    },
  };
}
