/** The handler table: unknown node types throw, every node made carries a position. */
import type { Nodes } from 'hast';
import { describe, expect, it } from 'vitest';
import { rstToHast } from '../../src/render/rst-to-hast.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import type { RstRoot } from '../../src/rst/rst-tree.ts';
import { sampleContext } from './sample-context.ts';
import { readFileSync } from 'node:fs';

const at = { start: { line: 1, column: 1 }, end: { line: 2, column: 1 } };

function* nodes(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* nodes(child);
}

describe('rstToHast', () => {
  it('throws on a node type it has no handler for, naming the type and the line', () => {
    const tree = { type: 'root', position: at, children: [{ type: 'field_list', position: at, children: [] }] } as unknown as RstRoot;
    expect(() => rstToHast(tree, sampleContext('Documentation/bpf/x.rst'))).toThrow('no handler for rst node type "field_list" (Documentation/bpf/x.rst:1)');
  });

  it('does not take a prototype property for a handler', () => {
    const tree = { type: 'root', position: at, children: [{ type: 'constructor', position: at }] } as unknown as RstRoot;
    expect(() => rstToHast(tree, sampleContext('Documentation/bpf/x.rst'))).toThrow('"constructor"');
  });

  it('gives every node the position of the rst node it comes from', () => {
    const path = 'Documentation/bpf/guide.rst';
    const source = readFileSync(new URL('./fixtures/guide.rst', import.meta.url), 'utf8');
    const root = rstToHast(parseRstDocument(path, source).tree, sampleContext(path, source));
    const all = [...nodes(root)];
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((n) => !n.position)).toEqual([]);
    const heading = all.find((n) => n.type === 'element' && n.properties.id === 'annotating-sample-kfuncs');
    expect(heading?.position?.start).toEqual({ line: 32, column: 1 });
    const code = all.find((n) => n.type === 'element' && n.tagName === 'pre');
    expect(code?.position?.start.line).toBe(62);
  });
});
