/** How mail clients quote a line, for tests that quote text and read it back. */
export type QuoteStyle = 'mutt' | 'gmail' | 'thunderbird' | 'gnus';

export const QUOTE_STYLES: readonly QuoteStyle[] = ['mutt', 'gmail', 'thunderbird', 'gnus'];

export function quoteLine(line: string, style: QuoteStyle): string {
  switch (style) {
    case 'mutt':
      return '> ' + line;
    case 'gmail':
      return line === '' ? '>' : '> ' + line;
    case 'thunderbird':
      return line === '' ? '>' : '> ' + line;
    case 'gnus':
      return line.startsWith('>') ? '>' + line : line === '' ? '>' : '> ' + line;
  }
}

export function quoteText(text: string, style: QuoteStyle): string {
  return text
    .split('\n')
    .map((l) => quoteLine(l, style))
    .join('\n');
}
