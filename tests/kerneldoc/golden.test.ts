/**
 * Every fixture in fixtures/ read into golden JSON: comments, definitions, and what matching each
 * comment against the definition after it reports. `UPDATE=1 npx vitest run tests/kerneldoc`
 * rewrites the golden files; review the diff like code.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFunctionDefinitions, matchKernelDoc, parseKernelDoc } from '../../src/kerneldoc/index.ts';

const dir = path.join(import.meta.dirname, 'fixtures');

function readFixture(name: string) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  const { comments, diagnostics } = parseKernelDoc(name, text);
  const definitions = findFunctionDefinitions(name, text);
  const byLine = new Map(definitions.map((d) => [d.line, d]));
  const matches = comments
    .filter((c) => c.kind !== 'doc')
    .map((c) => ({ comment: c.name, diagnostics: matchKernelDoc(c, c.followedBy ? byLine.get(c.followedBy.line) : undefined) }));
  return { comments, diagnostics, definitions, matches };
}

describe('kernel-doc fixtures (golden)', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.c'))) {
    it(name, () => {
      const golden = path.join(dir, name.replace(/\.c$/, '.golden.json'));
      const actual = JSON.stringify(readFixture(name), null, 2) + '\n';
      if (process.env.UPDATE) writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
