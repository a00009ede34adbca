/** The guides as the graph JSON carries them: the document model without the rst tree. */
import type { GraphDocument } from '../graph/types.ts';
import type { DocumentFacts } from './collect-documents.ts';

export function toGraphDocuments(version: string, docs: DocumentFacts): GraphDocument[] {
  const resolved = new Map(docs.resolutions.references.map((r) => [r.reference, r.resolved]));
  return docs.documents.map((d) => ({
    path: d.path,
    version,
    title: d.title,
    sections: d.sections.map((s) => ({ number: s.number, title: s.title, rawTitle: s.rawTitle, id: s.id, line: s.line, level: s.level, labels: s.labels })),
    labels: d.labels.map((l) => ({ name: l.name, rawName: l.rawName, line: l.line, attachedTo: l.attachedTo })),
    references: d.references.map((r) => {
      const target = resolved.get(r) ?? null;
      return {
        role: r.role,
        line: r.line,
        column: r.column,
        target: r.target,
        text: r.text,
        resolved: target ? { path: target.path, line: target.line, anchor: target.anchor, ...(target.external ? { external: true } : {}) } : null,
      };
    }),
    kernelDocDirectives: d.kernelDocDirectives.map((k) => ({ line: k.line, file: k.file, options: Object.fromEntries(Object.entries(k.options).filter(([key]) => key !== 'raw')) })),
    kfuncMentions: d.kfuncMentions.map((m) => ({ name: m.name, line: m.line })),
  }));
}
