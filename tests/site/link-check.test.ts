import { describe, expect, it } from 'vitest';
import { anchorsOf, checkLinks, decodeAttribute, linksOf, pageUrl } from './link-check.ts';

const site = (pages: Record<string, string>, assets: string[] = []) => ({ pages: new Map(Object.entries(pages)), files: new Set([...Object.keys(pages), ...assets]) });

describe('checkLinks', () => {
  it('accepts existing pages, files and anchors, relative or absolute', () => {
    const ok = site(
      {
        '/index.html': '<a href="/docs/bpf/kfuncs/#kf-acquire-flag">x</a><a href="docs/">y</a><link rel="stylesheet" href="/_astro/a.css"><a href="#_top">top</a><h1 id="_top">t</h1>',
        '/docs/index.html': '<a href="bpf/kfuncs/">k</a><a href="../graph.json">g</a>',
        '/docs/bpf/kfuncs/index.html': '<h4 id="kf-acquire-flag">f</h4><a href="../../../#_top">home</a><a href="https://docs.kernel.org/x.html#nope">out</a><a href="mailto:a@b">m</a>',
      },
      ['/_astro/a.css', '/graph.json'],
    );
    expect(checkLinks(ok)).toEqual([]);
  });

  it('reports a missing file and a missing anchor, with the page they are on', () => {
    const bad = site({
      '/docs/bpf/x/index.html': '<a href="../gone/">a</a><a href="/docs/bpf/x/#no-such">b</a><a href="../../../include/linux/btf.h">c</a>',
    });
    expect(checkLinks(bad)).toEqual([
      { page: '/docs/bpf/x/', href: '../gone/', reason: 'no such file' },
      { page: '/docs/bpf/x/', href: '/docs/bpf/x/#no-such', reason: 'no such anchor' },
      { page: '/docs/bpf/x/', href: '../../../include/linux/btf.h', reason: 'no such file' },
    ]);
  });

  it('strips the base from links, and reports a link outside it', () => {
    const based = site({ '/index.html': '<a href="/kd/flags/#f">f</a><a href="/flags/">outside</a>', '/flags/index.html': '<h2 id="f">F</h2>' });
    expect(checkLinks(based, { base: '/kd/' })).toEqual([{ page: '/', href: '/flags/', reason: 'no such file' }]);
  });

  it('reads attributes as a browser does, and ignores script text', () => {
    expect(decodeAttribute('/a?b=1&amp;c=&#34;2&#x22;')).toBe('/a?b=1&c="2"');
    expect(linksOf('<script>const s = \'<a href="/nope/">\';</script><a class="x" href=\'/yes/\'>y</a><img src="/i.png">')).toEqual([
      { url: '/yes/', anchored: true },
      { url: '/i.png', anchored: false },
    ]);
    expect([...anchorsOf('<h2 id="a&amp;b">x</h2><a name="old"></a><style>#c { }</style>')]).toEqual(['a&b', 'old']);
    expect(pageUrl('/docs/bpf/kfuncs/index.html')).toBe('/docs/bpf/kfuncs/');
    expect(pageUrl('/404.html')).toBe('/404.html');
  });
});
