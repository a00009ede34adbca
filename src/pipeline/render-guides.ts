/**
 * Composition: the guides of one version (its parsed Documentation/bpf) → the HTML of their
 * /docs/ pages, with links resolved through the finished graph: `:ref:`s across documents,
 * kfunc names of that version to their pages, `.. kernel-doc::` directives expanded from the
 * graph's kernel-doc. Pure: the site's URLs come in as `hrefs`.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import path from 'node:path';
import type { ContentGraph, KernelDoc, KfuncVersion } from '../graph/types.ts';
import { docsKernelOrgUrl } from '../render/docs-kernel-org-url.ts';
import { documentLinks } from '../render/document-links.ts';
import type { KernelDocEntry } from '../render/render-context.ts';
import type { Heading } from '../render/render-state.ts';
import { renderRst } from '../render/rst-to-hast.ts';
import type { RstParseCache } from '../rst/parse-chunk.ts';
import type { KernelDocDirective } from '../rst/rst-document.ts';
import type { VersionBuild } from './build-graph.ts';

export interface GuideHrefs {
  /** A kfunc's page (`/kfuncs/bpf_obj_new/`). */
  kfunc(name: string): string;
  /** A guide's page (`Documentation/bpf/kfuncs.rst` → `/docs/bpf/kfuncs/`), with an anchor when given. */
  doc(path: string, anchor?: string): string;
  /** A file of the tree in the source browser (`include/uapi/linux/bpf.h`). */
  source(file: string): string;
}

/** A section whose heading is on the page (the document title is the page's own title). */
export interface GuideSection {
  /** The heading id: docutils-style, without the section number. */
  id: string;
  number: string | null;
  title: string;
  /** Of the title text in the .rst, 1-based. */
  line: number;
}

export interface RenderedGuide {
  path: string;
  version: string;
  title: string;
  html: string;
  headings: Heading[];
  sections: GuideSection[];
  /** The same document on docs.kernel.org. */
  kernelOrgUrl: string;
}

/**
 * @param parseCache restructured results for the table cells and footnotes parsed while
 *   rendering, by text; one for the whole set at least (cells repeat across guides), kept on
 *   disk between runs by buildSiteInput.
 */
export function renderGuides(build: VersionBuild, graph: ContentGraph, hrefs: GuideHrefs, parseCache: RstParseCache = new Map()): RenderedGuide[] {
  const version = build.opened.version;
  const kfuncs = new Map<string, KfuncVersion>();
  for (const k of graph.kfuncs) if (k.versions[version]) kfuncs.set(k.name, k.versions[version]);
  const kfuncHref = (name: string) => (kfuncs.has(name) ? hrefs.kfunc(name) : undefined);
  const { documents, texts, resolveOptions } = build.docs;
  const links = documentLinks(documents, { pageHref: (path) => hrefs.doc(path), extraLabels: resolveOptions.extraLabels, knownPaths: resolveOptions.knownPaths });
  const kernelDocEntries = (directive: KernelDocDirective) => directiveEntries(directive, kfuncs, kfuncHref);
  const kernelDocBlock = (directive: KernelDocDirective) => build.docBlocks.get(directive.file)?.get(directive.options.doc?.trim() ?? '');
  return documents.map((doc) => {
    const rendered = renderRst(doc.tree, { path: doc.path, source: texts.get(doc.path), parseCache, ...links, kfuncHref, kernelDocEntries, kernelDocBlock, omitTitle: true });
    fixUpForSite(rendered.root, (url) => absoluteUrl(doc.path, url, hrefs.source));
    const onPage = new Set(rendered.headings.map((h) => h.slug));
    return {
      path: doc.path,
      version,
      title: rendered.title ?? doc.title ?? doc.path,
      // hast-util-to-html escapes every text and attribute, and drops raw nodes.
      html: toHtml(rendered.root),
      headings: rendered.headings,
      sections: doc.sections.filter((s) => onPage.has(s.id)).map((s) => ({ id: s.id, number: s.number, title: s.title, line: s.line })),
      kernelOrgUrl: docsKernelOrgUrl(doc.path),
    };
  });
}

const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className : []);

/** `1` of the `<span class="footnote-label">[1]</span>` the renderer puts first in a footnote. */
function footnoteMark(aside: Element): string {
  const label = aside.children.find((c): c is Element => c.type === 'element' && classes(c).includes('footnote-label'));
  const text = label?.children.map((c) => (c.type === 'text' ? c.value : '')).join('') ?? '';
  return text.replace(/^\[|\]$/g, '');
}

/**
 * What a page of this site needs beyond the renderer's HTML: relative links made absolute (see
 * absoluteUrl); code blocks and table wrappers reachable by keyboard, since a long line makes
 * them scroll; a name on each footnote, whose `<aside>` would otherwise be an unnamed landmark
 * beside the page's own sidebar.
 */
function fixUpForSite(node: Root | Element, rewrite: (url: string) => string | undefined): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const { properties: p, tagName } = child;
    if (tagName === 'a' && typeof p.href === 'string') p.href = rewrite(p.href) ?? p.href;
    const scrolls = tagName === 'pre' || (tagName === 'div' && classes(child).includes('table-wrapper'));
    if (scrolls && p.tabIndex === undefined) p.tabIndex = 0;
    if (tagName === 'aside' && p.role === 'doc-footnote' && p.ariaLabel === undefined) p.ariaLabel = `Footnote ${footnoteMark(child)}`;
    fixUpForSite(child, rewrite);
  }
}

/**
 * A relative URL the rst writes, meant for the document's page on docs.kernel.org (the renderer
 * keeps it when no guide is its target): on /docs/<path>/ it would name a page of this site that
 * does not exist. A file of the tree goes to the source browser; a page of Documentation/ (a
 * moved `instruction-set.html#x`) to docs.kernel.org, as the author wrote it. Undefined for a
 * URL that is not relative.
 * @example absoluteUrl('Documentation/bpf/x.rst', '../../include/linux/btf.h', (f) => `src:${f}`) // 'src:include/linux/btf.h'
 * @example absoluteUrl('Documentation/bpf/x.rst', 'instruction-set.html#ld', (f) => f) // 'https://docs.kernel.org/bpf/instruction-set.html#ld'
 */
export function absoluteUrl(docPath: string, url: string, source: (file: string) => string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|[/#?])/i.test(url) || url === '') return undefined;
  const [file] = url.split(/[?#]/);
  const inTree = path.posix.normalize(path.posix.join(path.posix.dirname(docPath), file));
  if (inTree.startsWith('../') || inTree.startsWith('Documentation/')) return new URL(url, docsKernelOrgUrl(docPath)).href;
  return source(inTree);
}

/**
 * The kfuncs a directive pulls in: those `:identifiers:` / `:functions:` name, or, for a whole
 * file (`:export:`, `:internal:`, no option), every kfunc documented in it. `:doc:` blocks are
 * not kfuncs (the graph does not keep them): the directive shows the block (kernelDocBlock).
 */
function directiveEntries(directive: KernelDocDirective, kfuncs: ReadonlyMap<string, KfuncVersion>, kfuncHref: (name: string) => string | undefined): KernelDocEntry[] {
  const { identifiers, functions, doc } = directive.options;
  if (doc !== undefined) return [];
  const named = identifiers?.length ? identifiers : functions?.length ? functions : undefined;
  const names = named ?? [...kfuncs].filter(([, k]) => k.doc?.file === directive.file).sort(([, a], [, b]) => a.doc!.line - b.doc!.line).map(([name]) => name);
  return names.flatMap((name) => {
    const k = kfuncs.get(name);
    if (!k?.doc) return [];
    return [{ name, href: kfuncHref(name), summary: k.doc.summary, ...(k.definition ? { signature: k.definition.signature } : {}), description: kernelDocBody(k.doc) }];
  });
}

/**
 * The parts of a kernel-doc comment below its summary, in docs.kernel.org's order, as kernel-doc
 * text (the renderer turns its markup into HTML and escapes the rest).
 * @example kernelDocBody({ params: [{ name: 'p', description: 'The task.' }], description: '', sections: [], returns: '%NULL.' }) // '**Parameters**\n\n- @p: The task.\n\n**Return**\n\n%NULL.'
 */
export function kernelDocBody(doc: Pick<KernelDoc, 'params' | 'description' | 'sections' | 'returns'>): string {
  const parts: string[] = [];
  if (doc.params.length) parts.push('**Parameters**', doc.params.map((p) => `- @${p.name}: ${p.description.replace(/\s+/g, ' ').trim()}`).join('\n'));
  if (doc.description.trim()) parts.push('**Description**', doc.description.trim());
  for (const s of doc.sections) if (s.text.trim()) parts.push(`**${s.name}**`, s.text.trim());
  if (doc.returns?.trim()) parts.push('**Return**', doc.returns.trim());
  return parts.join('\n\n');
}
