/**
 * Anchors survive renumbering: heading ids leave the section number out (docutils' make_id), so
 * the same title under another number keeps its id; labels add their own anchors.
 */
import { describe, expect, it } from 'vitest';
import { renderRstToHtml } from '../../src/render/render-rst-to-html.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import { sampleContext } from './sample-context.ts';

const guide = (numbers: [string, string, string]) => `
==========
The guide
==========

${numbers[0]} kfunc lifecycle expectations
${'='.repeat(numbers[0].length + 31)}

.. _sample-annotations:

${numbers[1]} Annotating kfunc parameters
${'-'.repeat(numbers[1].length + 28)}

${numbers[2]} __nullable Annotation
${'~'.repeat(numbers[2].length + 22)}
`;

const render = (source: string, omitTitle = false) => {
  const path = 'Documentation/bpf/guide.rst';
  return renderRstToHtml(parseRstDocument(path, source).tree, sampleContext(path, source, { omitTitle }));
};

describe('anchors', () => {
  it('gives the same ids whatever the section numbers', () => {
    const before = render(guide(['3.', '3.1', '3.1.4']));
    const after = render(guide(['4.', '4.2', '4.2.4']));
    expect(before.headings.map((h) => h.slug)).toEqual(['the-guide', 'kfunc-lifecycle-expectations', 'annotating-kfunc-parameters', 'nullable-annotation']);
    expect(after.headings.map((h) => h.slug)).toEqual(before.headings.map((h) => h.slug));
    expect(after.headings.map((h) => h.text)).toEqual(['The guide', '4. kfunc lifecycle expectations', '4.2 Annotating kfunc parameters', '4.2.4 __nullable Annotation']);
  });

  it('keeps the number in the heading text and puts a permalink on every heading', () => {
    const { html } = render(guide(['3.', '3.1', '3.1.4']));
    expect(html).toContain(
      '<h2 id="kfunc-lifecycle-expectations"><span class="section-number">3.</span> kfunc lifecycle expectations <a class="headerlink" href="#kfunc-lifecycle-expectations" aria-label="Permalink to “3. kfunc lifecycle expectations”">#</a></h2>',
    );
    expect(html.match(/class="headerlink"/g)).toHaveLength(4);
  });

  it('anchors a label on the section it precedes', () => {
    const { html } = render(guide(['3.', '3.1', '3.1.4']));
    expect(html).toContain('<section><span id="sample-annotations"></span><h3 id="annotating-kfunc-parameters">');
  });

  it('points the permalink at the label when docutils had to number the heading id', () => {
    const { html, headings } = render('.. _KF_sample_flag:\n\n2.5.8 KF_SAMPLE flag\n--------------------\n\nText.\n');
    expect(headings).toEqual([{ depth: 1, slug: 'id1', text: '2.5.8 KF_SAMPLE flag' }]);
    expect(html).toContain('<span id="kf-sample-flag"></span><h1 id="id1">');
    expect(html).toContain('href="#kf-sample-flag"');
  });

  it('leaves the document title to the page with omitTitle and starts sections at h2', () => {
    const { html, headings, title } = render(guide(['3.', '3.1', '3.1.4']), true);
    expect(title).toBe('The guide');
    expect(html).not.toContain('<h1');
    expect(headings.map((h) => h.depth)).toEqual([2, 3, 4]);
  });
});
