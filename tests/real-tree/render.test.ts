/**
 * The renderer on the real Documentation/bpf: every guide of every tree renders without throwing,
 * every heading has the docutils id the rst layer computed (itself checked against docutils in
 * rst.test.ts), every label is an anchor, and the links are what src/rst resolved: every `:ref:`
 * of kfuncs.rst is a link, and an unresolved `:ref:` / `:doc:` renders exactly where
 * resolveReferences says one is unresolved (the renderer reports nothing itself). On 7.2: counts
 * and the time to render all its guides, parse time excluded.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKernelDoc } from '../../src/kerneldoc/index.ts';
import { documentLinks } from '../../src/render/document-links.ts';
import type { KernelDocEntry, RenderContext } from '../../src/render/render-context.ts';
import { renderRstToHtml, type RenderedDocument } from '../../src/render/render-rst-to-html.ts';
import { headingId } from '../../src/rst/heading-id.ts';
import { parseRstDocument } from '../../src/rst/parse-rst-document.ts';
import type { KernelDocDirective, RstDocument } from '../../src/rst/rst-document.ts';
import { resolveReferences, type LabelDefinition } from '../../src/rst/resolve-references.ts';
import { scanRstLabels } from '../../src/rst/scan-rst-labels.ts';
import { KERNEL_VERSIONS, kernelTreePath, missingKernelsNote } from '../helpers/kernels.ts';

const note = missingKernelsNote(KERNEL_VERSIONS);
if (note) console.warn(note);
const versions = KERNEL_VERSIONS.filter((v) => kernelTreePath(v));

function rstFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.rst'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** Registered kfunc names, by a plain grep of BTF_ID_FLAGS (the oracle DESIGN.md names for the kfunc list). */
function kfuncNames(root: string): Set<string> {
  const out = execFileSync('grep', ['-rhoE', '--include=*.c', '--include=*.h', 'BTF_ID_FLAGS\\(func, *[A-Za-z_0-9]+', 'kernel', 'net', 'fs', 'drivers', 'mm', 'crypto', 'security'], {
    cwd: root,
    maxBuffer: 1 << 26,
  });
  return new Set(out.toString().split('\n').map((l) => l.replace(/^.*,\s*/, '')).filter(Boolean));
}

interface Rendered {
  root: string;
  docs: RstDocument[];
  texts: Map<string, string>;
  unresolved: { path: string; role: string; target: string }[];
  out: Map<string, RenderedDocument>;
  renderMs: number;
  /** A second render of every guide with a parse cache filled by the first (a re-render after an edit). */
  warmMs: number;
  kernelDocEntries: number;
  kernelDocNames: number;
}

const cache = new Map<string, Rendered>();
function render(version: string): Rendered {
  const hit = cache.get(version);
  if (hit) return hit;
  const root = kernelTreePath(version)!;
  const all = rstFiles(root, 'Documentation');
  const files = all.filter((f) => f.startsWith('Documentation/bpf/'));
  const texts = new Map(files.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
  const docs = files.map((f) => parseRstDocument(f, texts.get(f)!));
  // As src/pipeline does: labels of the rest of Documentation/ only where a :ref: needs them.
  const first = resolveReferences(docs, { knownPaths: new Set(all) });
  const missing = new Set(first.references.filter((r) => !r.resolved && r.reference.role === 'ref').map((r) => r.reference.target));
  const extraLabels: LabelDefinition[] = all
    .filter((f) => !texts.has(f))
    .flatMap((f) => {
      const text = readFileSync(path.join(root, f), 'utf8');
      return [...missing].some((name) => text.toLowerCase().includes(`.. _${name}:`)) ? scanRstLabels(f, text).filter((d) => missing.has(d.label.name)) : [];
    });
  const resolutions = resolveReferences(docs, { knownPaths: new Set(all), extraLabels });
  const links = documentLinks(docs, { pageHref: (p) => `/docs/${p.slice('Documentation/bpf/'.length, -'.rst'.length)}/`, extraLabels, knownPaths: new Set(all) });
  const kfuncs = kfuncNames(root);
  let kernelDocNames = 0;
  let kernelDocFound = 0;
  const kernelDocEntries = (directive: KernelDocDirective): KernelDocEntry[] => {
    const names = directive.options.identifiers ?? directive.options.functions ?? [];
    kernelDocNames += names.length;
    let source: string;
    try {
      source = readFileSync(path.join(root, directive.file), 'utf8');
    } catch {
      return [];
    }
    const comments = parseKernelDoc(directive.file, source).comments.filter((c) => c.kind === 'function' && names.includes(c.name));
    kernelDocFound += comments.length;
    return comments.map((c) => ({ name: c.name, href: kfuncs.has(c.name) ? `/kfuncs/${c.name}/` : undefined, summary: c.summary, description: c.description }));
  };
  const contexts = docs.map((doc): RenderContext => ({
    path: doc.path,
    source: texts.get(doc.path),
    ...links,
    kfuncHref: (name) => (kfuncs.has(name) ? `/kfuncs/${name}/` : undefined),
    kernelDocEntries,
  }));
  const out = new Map<string, RenderedDocument>();
  const start = performance.now();
  docs.forEach((doc, i) => out.set(doc.path, renderRstToHtml(doc.tree, contexts[i])));
  const renderMs = performance.now() - start;
  const entries = [...out.values()].reduce((n, r) => n + [...r.html.matchAll(/<dl class="kernel-doc">(.*?)<\/dl>/gs)].reduce((k, m) => k + (m[1].match(/<dt /g) ?? []).length, 0), 0);
  expect(entries).toBe(kernelDocFound);
  const names = kernelDocNames;
  const parseCache = new Map();
  docs.forEach((doc, i) => renderRstToHtml(doc.tree, { ...contexts[i], parseCache }));
  const warmStart = performance.now();
  docs.forEach((doc, i) => expect(renderRstToHtml(doc.tree, { ...contexts[i], parseCache }).html).toBe(out.get(doc.path)!.html));
  const warmMs = performance.now() - warmStart;
  const unresolved = resolutions.references.filter((r) => !r.resolved).map((r) => ({ path: r.path, role: r.reference.role, target: r.reference.target }));
  const result = { root, docs, texts, unresolved, out, renderMs, warmMs, kernelDocEntries: entries, kernelDocNames: names };
  cache.set(version, result);
  return result;
}

describe.skipIf(versions.length === 0)('rendering the real Documentation/bpf', () => {
  it.each(versions)('%s: every guide renders, every heading has the docutils id', (version) => {
    const { docs, out } = render(version);
    expect(docs.length).toBeGreaterThan(30);
    for (const doc of docs) {
      const { html, headings } = out.get(doc.path)!;
      expect(html.match(/<h[1-6](?![^>]*\sid=)[\s>]/g) ?? [], doc.path).toEqual([]);
      expect(headings.map((h) => h.slug), doc.path).toEqual(doc.sections.map((s) => s.id));
    }
  });

  it.each(versions)('%s: every label is an anchor on its page', (version) => {
    const { docs, out } = render(version);
    for (const doc of docs) {
      const html = out.get(doc.path)!.html;
      const missing = doc.labels.filter((l) => !html.includes(` id="${headingId(l.name)}"`)).map((l) => l.name);
      expect(missing, doc.path).toEqual([]);
    }
  });

  it.each(versions)('%s: unresolved :ref: and :doc: render exactly where src/rst found them unresolved', (version) => {
    const { out, unresolved } = render(version);
    const rendered = [...out].flatMap(([p, r]) => [...r.html.matchAll(/class="xref std-(ref|doc) unresolved"/g)].map((m) => `${p} ${m[1]}`));
    expect(rendered.sort()).toEqual(unresolved.map((u) => `${u.path} ${u.role}`).sort());
  });

  it('7.2: every :ref: of kfuncs.rst is a link to the right page and anchor', () => {
    if (!versions.includes('7.2')) return;
    const { docs, out } = render('7.2');
    const kfuncs = docs.find((d) => d.path === 'Documentation/bpf/kfuncs.rst')!;
    const html = out.get(kfuncs.path)!.html;
    const refs = kfuncs.references.filter((r) => r.role === 'ref');
    expect(refs.length).toBeGreaterThan(5);
    expect(html).not.toContain('unresolved');
    const hrefs = new Set([...html.matchAll(/<a href="([^"]*)" class="reference internal">/g)].map((m) => m[1]));
    for (const ref of refs) {
      const owner = docs.find((d) => d.labels.some((l) => l.name === ref.target));
      expect(owner, ref.target).toBeDefined();
      expect(hrefs).toContain(`/docs/${owner!.path.slice('Documentation/bpf/'.length, -'.rst'.length)}/#${headingId(ref.target)}`);
    }
    const rendered = [...out.values()];
    const headings = rendered.reduce((n, r) => n + r.headings.length, 0);
    const { renderMs, warmMs, kernelDocEntries, kernelDocNames } = render('7.2');
    console.log(
      `render 7.2: ${docs.length} files, ${headings} headings (all with ids), kfuncs.rst: ${refs.length} :ref:s all resolved, ` +
        `${(html.match(/class="reference kfunc"/g) ?? []).length} kfunc links, kernel-doc: ${kernelDocEntries} entries for ${kernelDocNames} names; ` +
        `${rendered.reduce((n, r) => n + (r.html.match(/<table/g) ?? []).length, 0)} tables; render time ${renderMs.toFixed(0)} ms (parse excluded), ${warmMs.toFixed(0)} ms again with a parse cache`,
    );
  });
});
