/**
 * Cross-document resolution, as Sphinx does it: first the labels of every document are
 * collected, then each `:ref:` / `:doc:` is resolved against all of them.
 */
import { headingId } from './heading-id.ts';
import type { RstDocument, RstLabel, RstReference } from './rst-document.ts';

export interface LabelDefinition {
  path: string;
  label: RstLabel;
}

export interface ResolvedTarget {
  path: string;
  line: number;
  /** The anchor in the rendered page (`bpf-kfunc-nodef`), or null for a whole document. */
  anchor: string | null;
  /** A Sphinx page (`genindex`) or a document outside the given ones (`:doc:` to /dev-tools/…). */
  external?: boolean;
}

export interface ReferenceResolution {
  /** The document the reference is written in. */
  path: string;
  reference: RstReference;
  resolved: ResolvedTarget | null;
}

export interface DuplicateLabel {
  name: string;
  /** The definition that wins (the first one met). */
  first: LabelDefinition;
  duplicate: LabelDefinition;
}

export interface ReferenceResolutions {
  labels: Map<string, LabelDefinition>;
  references: ReferenceResolution[];
  duplicates: DuplicateLabel[];
}

export interface ResolveOptions {
  /** Labels defined in documents that were not parsed (e.g. scanned from the rest of Documentation/). */
  extraLabels?: readonly LabelDefinition[];
  /** Every .rst path that exists; without it a `:doc:` outside `docs` is assumed to exist. */
  knownPaths?: ReadonlySet<string>;
}

/** Labels Sphinx defines itself. */
const SPHINX_LABELS = new Set(['genindex', 'modindex', 'search']);

export function resolveReferences(docs: readonly RstDocument[], options: ResolveOptions = {}): ReferenceResolutions {
  const labels = new Map<string, LabelDefinition>();
  const duplicates: DuplicateLabel[] = [];
  const definitions = [...docs.flatMap((d) => d.labels.map((label) => ({ path: d.path, label }))), ...(options.extraLabels ?? [])];
  for (const definition of definitions) {
    const first = labels.get(definition.label.name);
    if (first) duplicates.push({ name: definition.label.name, first, duplicate: definition });
    else labels.set(definition.label.name, definition);
  }
  const byPath = new Map(docs.map((d) => [d.path, d]));
  const references = docs.flatMap((doc) =>
    doc.references.map((reference) => ({
      path: doc.path,
      reference,
      resolved: reference.role === 'ref' ? resolveLabel(reference.target, labels) : resolveDocument(doc.path, reference.target, byPath, options.knownPaths),
    })),
  );
  return { labels, references, duplicates };
}

function resolveLabel(name: string, labels: Map<string, LabelDefinition>): ResolvedTarget | null {
  if (SPHINX_LABELS.has(name)) return { path: name, line: 0, anchor: null, external: true };
  const definition = labels.get(name);
  if (!definition) return null;
  const line = definition.label.attachedTo?.line ?? definition.label.line;
  return { path: definition.path, line, anchor: headingId(definition.label.name) };
}

/** `:doc:` targets are relative to the referring document, or to Documentation/ with a leading `/`. */
export function documentPath(from: string, target: string): string {
  const root = from.includes('Documentation/') ? from.slice(0, from.indexOf('Documentation/') + 'Documentation/'.length) : '';
  const base = target.startsWith('/') ? root + target.slice(1) : from.slice(0, from.lastIndexOf('/') + 1) + target;
  const parts: string[] = [];
  for (const part of base.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return `${parts.join('/')}.rst`;
}

function resolveDocument(from: string, target: string, docs: Map<string, RstDocument>, known: ReadonlySet<string> | undefined): ResolvedTarget | null {
  const path = documentPath(from, target);
  const doc = docs.get(path);
  if (doc) return { path, line: doc.sections[0]?.line ?? 1, anchor: null };
  if (known && !known.has(path)) return null;
  return { path, line: 1, anchor: null, external: true };
}
