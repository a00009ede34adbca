/**
 * Golden files for the rst adapter: each fixtures/adapter/NAME.rst is parsed into NAME.tree.json
 * (the typed tree) and NAME.document.json (the document model). Regenerate with UPDATE=1.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

const dir = fileURLToPath(new URL('./fixtures/adapter/', import.meta.url));
const update = process.env.UPDATE === '1';

function golden(file: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (update) writeFileSync(dir + file, text);
  else if (!existsSync(dir + file)) throw new Error(`missing golden file ${file}: run with UPDATE=1`);
  expect(JSON.parse(readFileSync(dir + file, 'utf8'))).toEqual(value);
}

describe('rst adapter golden files', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.rst'))) {
    it(name, () => {
      const doc = parseRstDocument(`Documentation/bpf/${name}`, readFileSync(dir + name, 'utf8'));
      // Plain data: survives JSON unchanged, so it can be cached by content hash.
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      const { tree, ...model } = doc;
      golden(name.replace(/\.rst$/, '.tree.json'), tree);
      golden(name.replace(/\.rst$/, '.document.json'), model);
    });
  }
});
