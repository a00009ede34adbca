/**
 * `:ref:` targets no document defines, and `:doc:` targets that do not exist, after the labels
 * of every document were collected (Sphinx: "undefined label", "unknown document").
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RstDocument } from '../rst/rst-document.ts';
import { resolveReferences, type ResolveOptions } from '../rst/resolve-references.ts';
import { closestName } from './closest-name.ts';

export const UNDEFINED_LABEL_CODES = ['rst-label-undefined', 'rst-doc-undefined'] as const;

export function checkUndefinedLabels(docs: readonly RstDocument[], options: ResolveOptions = {}): Diagnostic[] {
  const { labels, references } = resolveReferences(docs, options);
  return references
    .filter((r) => r.resolved === null)
    .map(({ path, reference }) => {
      const at = { file: path, line: reference.line, column: reference.column };
      if (reference.role === 'doc') {
        return diagnostic('rst-doc-undefined', 'warning', at, `unknown document: '${reference.target}'`, {
          hint: 'give the path relative to this file, or from Documentation/ with a leading /, without .rst',
        });
      }
      const near = closestName(reference.target, labels.keys());
      return diagnostic('rst-label-undefined', 'warning', at, `undefined label: '${reference.target}'`, {
        hint: near ? `did you mean :ref:\`${labels.get(near)!.label.rawName}\`?` : `define it with ".. _${reference.target}:" before the section it names`,
        ...(near ? { related: { file: labels.get(near)!.path, line: labels.get(near)!.label.line, message: `label ${near}` } } : {}),
      });
    });
}
