/**
 * `.. kernel-doc::` expanded to the functions it names, as a definition list: each name links to
 * its kfunc page (and carries the `c.NAME` id docs.kernel.org uses), then the prototype, the
 * summary and the rest of the kernel-doc text, rendered by kerneldoc-to-hast (escaped). With
 * `:doc: TITLE`, the text of that `DOC:` block instead.
 */
import type { ElementContent } from 'hast';
import { collectKernelDocDirectives } from '../../rst/collect-kernel-doc-directives.ts';
import type { RstDirective } from '../../rst/rst-tree.ts';
import { codeToHast } from '../code-to-hast.ts';
import { h, text } from '../hast-builders.ts';
import { highlightCode } from '../highlight-code.ts';
import { kernelDocInline, kernelDocToHast } from '../kerneldoc-to-hast.ts';
import type { KernelDocEntry } from '../render-context.ts';
import type { RenderState } from '../render-state.ts';
import { sphinxId } from '../sphinx-id.ts';
import type { DirectiveHandler } from './directive-types.ts';

export const kernelDoc: DirectiveHandler = (node, state) => {
  const [directive] = collectKernelDocDirectives({ type: 'root', position: node.position, children: [node] });
  if (directive?.options.doc !== undefined) {
    // `:doc: TITLE`: the DOC block's text, without a heading, as kernel-doc hands it to Sphinx.
    const block = state.context.kernelDocBlock?.(directive);
    if (block === undefined) return [];
    const body = kernelDocToHast(block, { linkFunction: (name) => state.context.kfuncHref(name) }).children;
    return [h('div', { className: ['kernel-doc', 'kernel-doc-block'] }, body.filter((n): n is ElementContent => n.type !== 'doctype'), node.position)];
  }
  const entries = (directive && state.context.kernelDocEntries?.(directive)) || [];
  if (entries.length === 0) return [];
  return [h('dl', { className: ['kernel-doc'] }, entries.flatMap((entry) => entryToHast(entry, node, state)), node.position)];
};

function entryToHast(entry: KernelDocEntry, node: RstDirective, state: RenderState): ElementContent[] {
  const linkFunction = (name: string) => state.context.kfuncHref(name);
  const id = sphinxId(`c.${entry.name}`);
  const name = h('code', { className: ['sig-name'] }, [text(`${entry.name}()`)]);
  const description = entry.description ? kernelDocToHast(entry.description, { linkFunction }).children : [];
  return [
    h('dt', { id: state.claimId(id) ? id : undefined }, [entry.href ? h('a', { href: entry.href, className: ['reference', 'kfunc'] }, [name]) : name]),
    h('dd', {}, [
      ...(entry.signature ? codeToHast(highlightCode(entry.signature, 'c'), node.position) : []),
      ...(entry.summary ? [h('p', { className: ['kernel-doc-summary'] }, kernelDocInline(entry.summary, { linkFunction }))] : []),
      ...description.filter((n): n is ElementContent => n.type !== 'doctype'),
    ]),
  ];
}
