/**
 * The block-level repairs of what restructured misreads, in the order they build on each other:
 * blocks it gave up on are read again (recover-unknown-blocks.ts), literal blocks it put beside
 * their quote, list item or definition go back inside (quoted-literal-blocks.ts), and the blocks
 * after a `::` paragraph become the literal block they are (literal-block-quotes.ts). Run on a
 * document's blocks and on the rst content of its directives alike.
 */
import type { RstRoot } from '../rst-tree.ts';
import { literalBlockQuotes } from './literal-block-quotes.ts';
import { quotedLiteralBlocks } from './quoted-literal-blocks.ts';
import { recoverUnknownBlocks } from './recover-unknown-blocks.ts';

export function repairBlocks(root: RstRoot, lines: readonly string[]): RstRoot {
  return literalBlockQuotes(quotedLiteralBlocks(recoverUnknownBlocks(root, lines), lines), lines);
}
