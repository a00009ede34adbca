/** The kernel's automarkup conventions (Documentation/sphinx/automarkup.py), in paragraphs only. */
import { describe, expect, it } from 'vitest';
import { renderRstToHtml } from '../../src/render/render-rst-to-html.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import { sampleContext } from './sample-context.ts';

const render = (source: string, path = 'Documentation/bpf/guide.rst') => renderRstToHtml(parseRstDocument(path, source).tree, sampleContext(path, source)).html;
const KFUNC = '<a href="/kfuncs/bpf_sample_acquire/" class="reference kfunc"><code class="xref c c-func">bpf_sample_acquire()</code></a>';

describe('automarkup', () => {
  it('links func() to the kfunc page and code-styles other functions', () => {
    expect(render('Use bpf_sample_acquire() or other_func().\n')).toBe(`<p>Use ${KFUNC} or <code class="xref c c-func">other_func()</code>.</p>`);
  });

  it('leaves reserved words, system calls and one-letter names alone', () => {
    expect(render('Not sizeof(), read(), mmap() or f().\n')).toBe('<p>Not sizeof(), read(), mmap() or f().</p>');
  });

  it('code-styles struct/union/enum names but not English words after them', () => {
    expect(render('A struct sample, an enum bpf_x and a struct that is plain.\n')).toBe(
      '<p>A <code class="xref c c-struct">struct sample</code>, an <code class="xref c c-enum">enum bpf_x</code> and a struct that is plain.</p>',
    );
  });

  it('links Documentation/ paths and paths relative to the document, shown by the title', () => {
    expect(render('See Documentation/bpf/other.rst, other.rst and Documentation/core-api/kref.rst.\n')).toBe(
      '<p>See <a href="/docs/other/" class="reference doc">Other sample things</a>, <a href="/docs/other/" class="reference doc">Other sample things</a> and ' +
        '<a href="https://docs.kernel.org/core-api/kref.html" class="reference doc">Documentation/core-api/kref.rst</a>.</p>',
    );
  });

  it('leaves a path to a document that does not exist as text', () => {
    expect(render('See tools/lib/bpf/README.rst.\n')).toBe('<p>See tools/lib/bpf/README.rst.</p>');
  });

  it('does not touch literals, code, titles or link text', () => {
    const html = render('bpf_sample_acquire() title\n==========================\n\n``bpf_sample_acquire()`` and `bpf_sample_acquire() <https://example.org>`_.\n');
    expect(html).toContain('<h1 id="bpf-sample-acquire-title">bpf_sample_acquire() title <a');
    expect(html).toContain('<code>bpf_sample_acquire()</code> and <a href="https://example.org" class="reference external">bpf_sample_acquire()</a>');
  });

  it('links :c:func: like func(), with or without explicit text', () => {
    expect(render(':c:func:`bpf_sample_acquire` and :c:func:`other`.\n')).toBe(`<p>${KFUNC} and <code class="xref c c-func">other()</code>.</p>`);
  });

  it('links commits to git.kernel.org', () => {
    expect(render('Since commit 0123456789abcdef.\n')).toBe(
      '<p>Since <a href="https://git.kernel.org/torvalds/c/0123456789abcdef" class="reference external">commit 0123456789abcdef</a>.</p>',
    );
  });
});
