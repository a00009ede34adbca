import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { openKernelTree } from '../../src/sources/open-tree.ts';

describe('graph JSON schema', () => {
  it('describes what `graph` produces for the sample trees', async () => {
    const schema = JSON.parse(readFileSync('schema/graph.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const trees = await Promise.all(['sample/linux-6.18', 'sample/linux-6.19', 'sample/linux-7.0'].map((p) => openKernelTree(p)));
    const { graph } = await buildGraph(trees);
    const ok = validate(JSON.parse(JSON.stringify(graph)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
