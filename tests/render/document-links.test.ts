import { describe, expect, it } from 'vitest';
import { documentLinks } from '../../src/render/document-links.ts';
import { docsKernelOrgUrl } from '../../src/render/docs-kernel-org-url.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';

const guide = parseRstDocument(
  'Documentation/bpf/guide.rst',
  '=====\nGuide\n=====\n\n.. _sample-flags:\n\n2.1 Annotating  sample kfuncs\n----------------------------\n\n.. _sample-code:\n\n.. code-block:: c\n\n   int x;\n',
);
const other = parseRstDocument('Documentation/bpf/other.rst', '.. _sample-flags:\n\nOther things\n============\n');
const links = documentLinks([guide, other], {
  pageHref: (path) => (path.startsWith('Documentation/bpf/') ? `/docs/${path.slice(18, -4)}/` : undefined),
  extraLabels: [{ path: 'Documentation/process/maintainer-netdev.rst', label: { name: 'netdev-faq', rawName: 'netdev-FAQ', line: 3, column: 1, attachedTo: null } }],
  knownPaths: new Set(['Documentation/bpf/guide.rst', 'Documentation/bpf/other.rst', 'Documentation/core-api/kref.rst']),
});

describe('documentLinks', () => {
  it('resolves a label to its page and anchor, titled by its section as written', () => {
    expect(links.resolveLabel('sample-flags')).toEqual({ href: '/docs/guide/#sample-flags', title: '2.1 Annotating sample kfuncs' });
  });

  it('titles a label on an element by its name, and finds labels outside the rendered documents', () => {
    expect(links.resolveLabel('sample-code')).toEqual({ href: '/docs/guide/#sample-code', title: 'sample-code' });
    expect(links.resolveLabel('netdev-faq')).toEqual({ href: 'https://docs.kernel.org/process/maintainer-netdev.html#netdev-faq', title: 'netdev-FAQ' });
    expect(links.resolveLabel('missing')).toBeUndefined();
  });

  it('links documents here, on docs.kernel.org, or not at all when they do not exist', () => {
    expect(links.docHref('Documentation/bpf/other.rst')).toBe('/docs/other/');
    expect(links.docHref('Documentation/core-api/kref.rst')).toBe('https://docs.kernel.org/core-api/kref.html');
    expect(links.docHref('Documentation/bpf/tools/README.rst')).toBeUndefined();
    expect(links.docTitle?.('Documentation/bpf/other.rst')).toBe('Other things');
  });

  it('builds docs.kernel.org URLs', () => {
    expect(docsKernelOrgUrl('Documentation/bpf/kfuncs.rst', 'kf-acquire-flag')).toBe('https://docs.kernel.org/bpf/kfuncs.html#kf-acquire-flag');
  });

  it('expands a :glob: toctree to the documents it matches, in name order, itself left out', async () => {
    const { renderRst } = await import('../../src/render/rst-to-hast.ts');
    const { toHtml } = await import('hast-util-to-html');
    const text = 'Maps\n====\n\n.. toctree::\n   :maxdepth: 1\n   :glob:\n\n   map_*\n   other\n';
    const maps = parseRstDocument('Documentation/bpf/maps.rst', text);
    const docs = ['map_hash', 'map_array', 'mapper'].map((n) => parseRstDocument(`Documentation/bpf/${n}.rst`, `${n.toUpperCase()} title\n===========\n`));
    const context = documentLinks([maps, other, ...docs], { pageHref: (path) => `/docs/${path.slice(18, -4)}/`, knownPaths: new Set() });
    const html = toHtml(renderRst(maps.tree, { path: maps.path, source: text, kfuncHref: () => undefined, ...context }).root);
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(links).toEqual(['/docs/map_array/ MAP_ARRAY title', '/docs/map_hash/ MAP_HASH title', '/docs/other/ Other things']);
  });
});

