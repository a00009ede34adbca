/** The RenderContext the render tests use: a few labels, documents and kfuncs of a sample tree. */
import type { RenderContext } from '../../src/render/render-context.ts';

const KFUNCS = new Set(['bpf_sample_acquire', 'bpf_sample_release']);
const LABELS: Record<string, { href: string; title: string }> = {
  'sample-lifecycle': { href: '/docs/guide/#sample-lifecycle', title: '3. Sample lifecycle' },
  'sample-flags': { href: '/docs/guide/#sample-flags', title: '2.1 Annotating sample kfuncs' },
};
const TITLES: Record<string, string> = {
  'Documentation/bpf/other.rst': 'Other sample things',
  'Documentation/bpf/guide.rst': 'Sample kfuncs guide',
};

export function sampleContext(path: string, source?: string, extra: Partial<RenderContext> = {}): RenderContext {
  return {
    path,
    source,
    resolveLabel: (name) => LABELS[name],
    docHref: (p) =>
      p.startsWith('Documentation/bpf/') ? (p in TITLES ? `/docs/${p.slice('Documentation/bpf/'.length, -'.rst'.length)}/` : undefined) : `https://docs.kernel.org/${p.slice('Documentation/'.length, -'.rst'.length)}.html`,
    docTitle: (p) => TITLES[p],
    kfuncHref: (name) => (KFUNCS.has(name) ? `/kfuncs/${name}/` : undefined),
    kernelDocEntries: (directive) =>
      (directive.options.identifiers ?? []).map((name) => ({
        name,
        href: KFUNCS.has(name) ? `/kfuncs/${name}/` : undefined,
        summary: `Sample kfunc ${name}: returns %NULL when @id is unknown.`,
        signature: `struct sample *${name}(int id)`,
        description: 'Pair with bpf_sample_release().\n\nReturn: the sample.',
      })),
    ...extra,
  };
}
