/**
 * Mailing-list patches dropped into content/patches/ (mbox or .eml): what each touched — files,
 * kfuncs, guide sections — and what it deprecates, renames or removes, so that the site links
 * patches and kfuncs both ways and a deprecation notice names the patch behind it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ContentGraph, GraphPatch } from '../graph/types.ts';
import { readMessages } from '../patches/index.ts';
import type { MailMessage } from '../patches/types.ts';
import { linksFromPatches } from '../preview/patch-links.ts';
import { splitSectionNumber } from '../rst/section-number.ts';

const NO_LINKS = { root: '', kfunc: () => '', notice: () => '', flag: () => '' };
const IDENT = /\b[A-Za-z_][A-Za-z0-9_]*\b/g;

/** Reads every mbox / e-mail under `dir` (none when it does not exist). */
export async function readContentPatches(dir: string): Promise<{ messages: MailMessage[]; diagnostics: Diagnostic[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.(eml|mbox|patch|mbx)$/.test(n)).sort();
  } catch {
    return { messages: [], diagnostics: [] };
  }
  const messages: MailMessage[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const read = await readMessages(await readFile(file), path.relative(path.dirname(path.dirname(dir)), file));
    messages.push(...read.messages.filter((m) => m.patch));
    diagnostics.push(...read.diagnostics);
  }
  return { messages, diagnostics };
}

/** What each patch touched, resolved against the finished graph. */
export function toGraphPatches(messages: readonly MailMessage[], graph: ContentGraph): GraphPatch[] {
  const kfuncNames = new Set(graph.kfuncs.map((k) => k.name));
  const newest = graph.versions.at(-1);
  const docs = new Map(graph.documents.filter((d) => d.version === newest).map((d) => [d.path, d]));
  return messages.map((m) => {
    const files = m.patch!.files;
    const touched = new Set<string>();
    const sections = new Map<string, { path: string; id: string; number: string | null; title: string }>();
    for (const f of files) {
      const doc = docs.get(f.newPath ?? f.oldPath ?? '');
      for (const hunk of f.hunks) {
        for (const l of hunk.lines) {
          if (l.kind !== ' ') for (const id of l.text.match(IDENT) ?? []) if (kfuncNames.has(id)) touched.add(id);
          if (!doc) continue;
          // A heading line in the hunk (changed or context) names a section the patch is in.
          const { title } = splitSectionNumber(l.text.trim());
          const section = doc.sections.find((s) => s.title === title || s.rawTitle === l.text.trim());
          if (section) sections.set(`${doc.path}#${section.id}`, { path: doc.path, id: section.id, number: section.number, title: section.title });
        }
      }
    }
    const changes = linksFromPatches([m.patch!], NO_LINKS).map((l) => ({ subject: l.subject, name: l.name, kind: l.kind, ...(l.to ? { to: l.to } : {}) }));
    return {
      messageId: m.messageId ?? `${m.source}:${m.line}`,
      subject: m.subject.text,
      title: m.subject.title,
      ...(m.subject.version ? { version: m.subject.version } : {}),
      ...(m.subject.index ? { index: m.subject.index, total: m.subject.total } : {}),
      author: m.author ? { name: m.author.name ?? '', email: m.author.email ?? '' } : null,
      date: m.date ?? null,
      source: m.source,
      files: files.map((f) => f.newPath ?? f.oldPath ?? '').filter(Boolean),
      kfuncs: [...touched].sort(),
      sections: [...sections.values()],
      changes,
    } satisfies GraphPatch;
  });
}

/** Names, on each deprecation event, the patch that deprecated the kfunc, when one is known. */
export function linkDeprecations(graph: ContentGraph): void {
  for (const p of graph.patches ?? []) {
    for (const c of p.changes) {
      if (c.subject !== 'kfunc' || c.kind !== 'deprecated') continue;
      const event = graph.kfuncs.find((k) => k.name === c.name)?.lifecycle.find((e) => e.kind === 'deprecated');
      if (event && !event.patch) event.patch = { messageId: p.messageId, subject: p.subject };
    }
  }
}
