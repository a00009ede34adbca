import { describe, it, expect } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { kernelDocToHast } from '../../src/render/kerneldoc-to-hast.ts';

const kfuncs = new Set(['bpf_sample_task_release']);
const html = (text: string) =>
  toHtml(kernelDocToHast(text, { linkFunction: (name) => (kfuncs.has(name) ? `/kfuncs/${name}/` : undefined) }));

describe('kernelDocToHast', () => {
  it('renders kernel-doc markup: %CONST, @param, &struct, func()', () => {
    expect(html('Return: @p with a reference, or %NULL; see &struct task_struct and put_task_struct().')).toBe(
      '<p>Return: <strong class="kd-param">p</strong> with a reference, or <code class="kd-const">NULL</code>; ' +
        'see <code class="kd-type">struct task_struct</code> and <code class="kd-func">put_task_struct()</code>.</p>',
    );
  });

  it('links func() to the kfunc page when it is a kfunc', () => {
    expect(html('Drop it with bpf_sample_task_release().')).toBe(
      '<p>Drop it with <a class="kd-kfunc" href="/kfuncs/bpf_sample_task_release/"><code class="kd-func">bpf_sample_task_release()</code></a>.</p>',
    );
  });

  it('renders &type.member, &struct x->y and rst inline literals', () => {
    expect(html('The &task_struct.comm of ``*p``, or &struct sk_buff->len.')).toBe(
      '<p>The <code class="kd-type">task_struct.comm</code> of <code class="kd-literal">*p</code>, or <code class="kd-type">struct sk_buff->len</code>.</p>',
    );
  });

  it('escapes HTML written in a comment: <script> renders as text', () => {
    const out = html('Matching is byte-wise: <script>alert(1)</script> matches only itself.');
    expect(out).not.toContain('<script>');
    expect(out).toBe('<p>Matching is byte-wise: &#x3C;script>alert(1)&#x3C;/script> matches only itself.</p>');
  });

  it('turns "text::" + an indented block into a paragraph and a literal block', () => {
    const out = html("Typical use from a callback::\n\n\tbpf_sample_dsq_insert(p, 0, 0);\n\tif (x)\n\t\ty();\n\nAfter.");
    expect(out).toBe(
      '<p>Typical use from a callback:</p><pre class="kd-literal-block" tabindex="0"><code class="language-c">' +
        'bpf_sample_dsq_insert(p, 0, 0);\nif (x)\n        y();</code></pre><p>After.</p>',
    );
  });

  it('drops a lone :: and an expanded " ::" marker', () => {
    expect(html('Example ::\n\n  x = 1;')).toBe('<p>Example</p><pre class="kd-literal-block" tabindex="0"><code class="language-c">x = 1;</code></pre>');
  });

  it('renders bullet lists, emphasis and links; leaves e-mail addresses and 100% alone', () => {
    expect(html('Steps:\n\n- take it\n  twice\n- **drop** it\n\nAsk bpf@vger.kernel.org, 100% of *all* at https://docs.kernel.org/bpf/.')).toBe(
      '<p>Steps:</p><ul><li>take it twice</li><li><strong>drop</strong> it</li></ul>' +
        '<p>Ask bpf@vger.kernel.org, 100% of <em>all</em> at <a href="https://docs.kernel.org/bpf/">https://docs.kernel.org/bpf/</a>.</p>',
    );
  });

  it('reads numbered items as one enumerated list, also when blank lines part them (filter.c\'s DOC: xdp redirect)', () => {
    const source = 'Three steps:\n\n1. The helpers look\n   the target up.\n\n2. The driver calls\n   xdp_do_redirect().\n\n3. It flushes.\n\n5. Not the next number: a list of its own.';
    expect(html(source)).toBe(
      '<p>Three steps:</p><ol><li>The helpers look the target up.</li><li>The driver calls <code class="kd-func">xdp_do_redirect()</code>.</li><li>It flushes.</li></ol><ol start="5"><li>Not the next number: a list of its own.</li></ol>',
    );
  });

  it('keeps a member call whole (ops.dispatch()) and renders $VAR as code', () => {
    expect(html('Called from ops.dispatch() or p->sched_class->pick() on $cpu.')).toBe(
      '<p>Called from <code class="kd-func">ops.dispatch()</code> or <code class="kd-func">p->sched_class->pick()</code> on <code class="kd-env">$cpu</code>.</p>',
    );
  });

  it('does not read C pointer stars as emphasis', () => {
    expect(html('Cast with (u64 *)map and (void *)p.')).toBe('<p>Cast with (u64 *)map and (void *)p.</p>');
  });

  it('copies source lines onto blocks', () => {
    const root = kernelDocToHast('First.\n\nSecond\nparagraph.', { line: 40 });
    expect(root.children.map((c) => [c.position?.start.line, c.position?.end.line])).toEqual([
      [40, 40],
      [42, 43],
    ]);
  });
});
