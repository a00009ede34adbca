/** Turns offsets into 1-based line numbers with a binary search over the line starts. */
export interface LineIndex {
  lineAt(offset: number): number;
  /** Offset of the first character of a 1-based line. */
  startOf(line: number): number;
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineAt(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
    startOf(line) {
      return starts[Math.min(Math.max(line, 1), starts.length) - 1];
    },
  };
}
