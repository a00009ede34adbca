/** Hand-written Markdown (kfunc notes) through unified, as the site shows it. */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/render/markdown-to-html.ts';

describe('markdownToHtml', () => {
  it('leaves the frontmatter out and highlights fenced code as the guides do', () => {
    const html = markdownToHtml('---\nkfunc: bpf_x\n---\n\nCall it:\n\n```c\nint n = bpf_x(map, 16);\n```\n');
    expect(html).not.toContain('kfunc: bpf_x');
    expect(html).toContain('<p>Call it:</p>');
    expect(html).toContain('<pre class="code-block" data-language="c" tabindex="0"><code class="hljs language-c"><span class="hljs-type">int</span> n = ');
    expect(html).toContain('<span class="hljs-number">16</span>');
  });

  it('keeps code of an unknown language, or of none, plain', () => {
    expect(markdownToHtml('```\n$ bpftool prog\n```\n')).toBe('<pre class="code-block" tabindex="0"><code>$ bpftool prog\n</code></pre>');
    expect(markdownToHtml('```cobol\nDISPLAY X.\n```\n')).toBe('<pre class="code-block" tabindex="0"><code>DISPLAY X.\n</code></pre>');
  });

  it("reads GitHub's tables, autolinks and strikethrough", () => {
    const html = markdownToHtml('| flag | since |\n|---|---|\n| KF_RCU | 6.2 |\n\nSee https://lore.kernel.org/bpf/ and ~~KF_TRUSTED_ARGS~~.\n');
    expect(html).toContain('<th>flag</th>');
    expect(html).toContain('<td>KF_RCU</td>');
    expect(html).toContain('<a href="https://lore.kernel.org/bpf/">https://lore.kernel.org/bpf/</a>');
    expect(html).toContain('<del>KF_TRUSTED_ARGS</del>');
  });

  it('drops raw HTML: a note is text, not markup', () => {
    const html = markdownToHtml('Before <script>alert(1)</script> after <b>bold</b>.\n\n<div onclick="x()">block</div>\n');
    expect(html).not.toMatch(/<script|<b>|<div|onclick/);
    expect(html).toContain('Before');
    expect(html).toContain('bold');
  });
});
