/**
 * What a document defines for itself, read before rendering (docutils resolves these in its
 * transforms): which element each `.. _label:` anchors, where `name_` references point,
 * `|name|` substitutions and glossary terms.
 */
import { headingId } from '../rst/heading-id.ts';
import { inlineText } from '../rst/inline-text.ts';
import { fullyNormalizeName } from '../rst/normalize-name.ts';
import type { RstBlock, RstRoot, RstTarget } from '../rst/rst-tree.ts';
import { blocksInOrder } from '../rst/walk-tree.ts';
import { sphinxId } from './sphinx-id.ts';

export interface DocumentTargets {
  /** Labels by the block they label (docutils' PropagateTargets: the next element, a section included). */
  labelsOf: Map<RstBlock, RstTarget[]>;
  /** Every target rendered at its element rather than where it is written. */
  attached: Set<RstTarget>;
  /** A `name_` reference (normalised name) → href: external targets, labels, then section titles. */
  names: Map<string, string>;
  /** `.. |name| replace:: text` definitions. */
  substitutions: Map<string, string>;
  /** Glossary terms, lower-cased → their anchor (`term-Sign-Extend`). */
  glossary: Map<string, string>;
}

const SUBSTITUTION = /^\|([^|]+)\|\s+replace::\s*([\s\S]*)$/;

export function documentTargets(root: RstRoot): DocumentTargets {
  const blocks = blocksInOrder(root);
  const out: DocumentTargets = { labelsOf: new Map(), attached: new Set(), names: new Map(), substitutions: new Map(), glossary: new Map() };
  const implicit = new Map<string, string>();
  blocks.forEach((block, i) => {
    if (block.type === 'target') {
      if (block.refuri !== null) out.names.set(block.name, block.refuri);
      else {
        out.names.set(block.name, `#${headingId(block.name)}`);
        attach(block, blocks.slice(i + 1), out);
      }
    } else if (block.type === 'section') {
      const name = fullyNormalizeName(inlineText(block.title.children));
      if (!implicit.has(name)) implicit.set(name, `#${block.id}`);
    } else if (block.type === 'comment') {
      const m = SUBSTITUTION.exec(block.value.trim());
      if (m) out.substitutions.set(m[1].trim(), m[2].replace(/\s+/g, ' ').trim());
    } else if (block.type === 'directive' && block.name === 'glossary') {
      for (const term of glossaryTerms(block.children)) out.glossary.set(term.toLowerCase(), sphinxId(`term-${term}`));
    }
  });
  for (const [name, href] of implicit) if (!out.names.has(name)) out.names.set(name, href);
  return out;
}

function attach(target: RstTarget, after: RstBlock[], out: DocumentTargets): void {
  const next = after.find((b) => b.type !== 'target');
  if (!next || next.type === 'comment') return;
  out.labelsOf.set(next, [...(out.labelsOf.get(next) ?? []), target]);
  out.attached.add(target);
}

/** The terms of a glossary: its definition list's terms (one per line when several share a definition). */
export function glossaryTerms(children: readonly RstBlock[]): string[] {
  return children.flatMap((child) =>
    child.type === 'definition_list' ? child.children.flatMap((item) => inlineText(item.term).split('\n').map((t) => t.trim()).filter(Boolean)) : [],
  );
}
