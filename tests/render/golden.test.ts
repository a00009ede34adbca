/**
 * Golden files for the renderer: each fixtures/NAME.rst is parsed (src/rst) and rendered with the
 * sample context into NAME.html. Regenerate with UPDATE=1 after checking the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRstToHtml } from '../../src/render/render-rst-to-html.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import { sampleContext } from './sample-context.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const update = process.env.UPDATE === '1';

function golden(file: string, actual: string): void {
  if (update) writeFileSync(dir + file, actual);
  else if (!existsSync(dir + file)) throw new Error(`missing golden file ${file}: run with UPDATE=1`);
  expect(actual).toBe(readFileSync(dir + file, 'utf8'));
}

describe('rst → HTML golden files', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.rst'))) {
    it(name, () => {
      const path = `Documentation/bpf/${name}`;
      const source = readFileSync(dir + name, 'utf8');
      const { tree } = parseRstDocument(path, source);
      const { html, headings, title } = renderRstToHtml(tree, sampleContext(path, source));
      const outline = headings.map((h) => `${'  '.repeat(h.depth - 1)}h${h.depth} #${h.slug} ${h.text}`).join('\n');
      golden(name.replace(/\.rst$/, '.html'), `<!-- title: ${title} -->\n<!--\n${outline}\n-->\n${html}\n`);
    });
  }
});
