/** Text from a document never becomes markup: raw HTML, `<script>` in text, code, titles and link targets are escaped or dropped. */
import { describe, expect, it } from 'vitest';
import { renderRstToHtml } from '../../src/render/render-rst-to-html.ts';
import { safeUrl } from '../../src/render/safe-url.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import { sampleContext } from './sample-context.ts';

const render = (source: string) => {
  const path = 'Documentation/bpf/escape.rst';
  return renderRstToHtml(parseRstDocument(path, source).tree, sampleContext(path, source)).html;
};

describe('escaping', () => {
  it('renders <script> in text as text', () => {
    const html = render('Title\n=====\n\nSee <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  it('shows a raw html directive as an escaped literal block', () => {
    const html = render('.. raw:: html\n\n   <iframe src="https://example.org"></iframe><script>x()</script>\n');
    expect(html).toBe('<pre class="raw" data-format="html"><code>&#x3C;iframe src="https://example.org">&#x3C;/iframe>&#x3C;script>x()&#x3C;/script></code></pre>');
  });

  it('escapes markup in titles, code blocks, literals and link text', () => {
    const html = render(
      'A <b>title</b>\n=============\n\n``<script>`` and `<i>x</i> <https://example.org/>`_.\n\n.. code-block:: c\n\n   /* </code><script> */\n',
    );
    // Attribute values may hold `<` as text (aria-label="Permalink to “A <b>title</b>”"); tags may not.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<(script|b|i)>/);
    expect(html).toContain('<code>&#x3C;script></code>');
    expect(html).toContain('>A &#x3C;b>title&#x3C;/b> <a');
  });

  it('never links javascript:, data: or vbscript: targets', () => {
    const html = render('A `click <javascript:alert(1)>`_, `x <JaVa\tScRiPt:alert(1)>`_ and `y <data:text/html,hi>`_.\n');
    expect(html).not.toMatch(/href="(javascript|data)/i);
    expect(html).toContain('<span class="reference unresolved">click</span>');
  });

  it('keeps only schemes that cannot run code', () => {
    expect(safeUrl('https://lore.kernel.org/')).toBe('https://lore.kernel.org/');
    expect(safeUrl('mailto:bpf@vger.kernel.org')).toBe('mailto:bpf@vger.kernel.org');
    expect(safeUrl('#anchor')).toBe('#anchor');
    expect(safeUrl('../other.html#x')).toBe('../other.html#x');
    expect(safeUrl('java\nscript:alert(1)')).toBeUndefined();
    expect(safeUrl('vbscript:x')).toBeUndefined();
  });
});
