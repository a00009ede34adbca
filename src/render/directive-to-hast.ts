/**
 * Directives by name. A directive nobody here knows (the kernel has its own: kernel-feat,
 * kernel-abi, …) is shown as its source text, escaped, rather than dropped or trusted.
 */
import type { ElementContent } from 'hast';
import { fullyNormalizeName } from '../rst/normalize-name.ts';
import { headingId } from '../rst/heading-id.ts';
import type { RstDirective } from '../rst/rst-tree.ts';
import { ADMONITIONS, admonition } from './directives/admonition.ts';
import { cObject } from './directives/c-domain.ts';
import { codeBlock, highlight, raw } from './directives/code.ts';
import { container, figure, glossary, rubric, versionChange } from './directives/containers.ts';
import { contents } from './directives/contents.ts';
import type { DirectiveHandler } from './directives/directive-types.ts';
import { kernelDoc } from './directives/kernel-doc.ts';
import { listTable, table } from './directives/tables.ts';
import { toctree } from './directives/toctree.ts';
import { anchor, h, text } from './hast-builders.ts';
import type { RenderState } from './render-state.ts';

const nothing: DirectiveHandler = () => [];

const DIRECTIVES: Record<string, DirectiveHandler> = {
  ...Object.fromEntries(ADMONITIONS.map((name) => [name, admonition])),
  'code-block': codeBlock,
  code: codeBlock,
  sourcecode: codeBlock,
  highlight,
  raw,
  'kernel-doc': kernelDoc,
  toctree,
  contents,
  table,
  'list-table': listTable,
  rubric,
  glossary,
  figure,
  image: figure,
  'kernel-figure': figure,
  'kernel-image': figure,
  'kernel-render': figure,
  container,
  topic: container,
  sidebar: container,
  compound: container,
  only: container,
  epigraph: container,
  highlights: container,
  'pull-quote': container,
  hlist: container,
  versionadded: versionChange,
  versionchanged: versionChange,
  deprecated: versionChange,
  // Settings, not content.
  sectnum: nothing,
  index: nothing,
  'default-role': nothing,
  'c:namespace': nothing,
  'c:namespace-push': nothing,
  'c:namespace-pop': nothing,
  'SPDX-License-Identifier': nothing,
};

const unknownDirective: DirectiveHandler = (node) => [
  h('pre', { className: ['directive-unrendered'], dataDirective: node.name }, [h('code', {}, [text(node.raw)])], node.position),
];

export function directiveToHast(node: RstDirective, state: RenderState): ElementContent[] {
  const handler = Object.hasOwn(DIRECTIVES, node.name) ? DIRECTIVES[node.name] : node.name.startsWith('c:') ? cObject : unknownDirective;
  return [...nameAnchors(node, state), ...handler(node, state)];
}

/** `:name:` gives a directive a label of its own. */
function nameAnchors(node: RstDirective, state: RenderState): ElementContent[] {
  return node.options
    .filter((o) => o.name === 'name' && o.value)
    .flatMap((o) => {
      const id = headingId(fullyNormalizeName(o.value));
      return id && state.claimId(id) ? [anchor(id, node.position)] : [];
    });
}
