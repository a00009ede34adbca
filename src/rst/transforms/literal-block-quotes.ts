/**
 * A paragraph ending in `::` on a line of its own ("The flow looks like:" + "::") makes the
 * indented block after it a literal block in docutils; restructured reads that block as a block
 * quote and parses the diagram inside as rst. The block's text is taken back from the source.
 */
import type { RstBlock, RstRoot } from '../rst-tree.ts';
import { mapTree } from './map-tree.ts';

export function literalBlockQuotes(root: RstRoot, lines: readonly string[]): RstRoot {
  return mapTree(root, { siblings: (children) => children.map((b, i) => (isMarked(children[i - 1], lines) ? toLiteral(b, lines) : b)) });
}

function isMarked(previous: RstBlock | undefined, lines: readonly string[]): boolean {
  if (previous?.type !== 'paragraph') return false;
  let line = previous.position.end.line - (previous.position.end.column === 1 ? 1 : 0);
  while (line > previous.position.start.line && (lines[line - 1] ?? '').trim() === '') line--;
  return /::\s*$/.test(lines[line - 1] ?? '');
}

function toLiteral(block: RstBlock, lines: readonly string[]): RstBlock {
  if (block.type !== 'block_quote') return block;
  const { start, end } = block.position;
  const body = lines.slice(start.line - 1, end.line - (end.column === 1 ? 1 : 0));
  while (body.length && body[0].trim() === '') body.shift();
  while (body.length && body[body.length - 1].trim() === '') body.pop();
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return { type: 'literal_block', position: block.position, value: body.map((l) => l.slice(indent)).join('\n') };
}
