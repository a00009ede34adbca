import { collectDocuments } from '../pipeline/collect-documents.ts';
import { openParseCache } from '../pipeline/parse-cache.ts';
import { parserVersion } from '../pipeline/parser-version.ts';
import { mapSections, type SectionMapping, type SectionRef } from '../rst/map-sections.ts';
import { compareVersions } from '../versions/kernel-version.ts';
import { UsageError } from './cli-error.ts';
import type { Command } from './command.ts';
import { KERNEL_HELP } from './graph-command.ts';
import { openTrees } from './open-trees.ts';
import { parseOptions } from './parse-options.ts';

export const sectionsCommand: Command = {
  name: 'sections',
  summary: 'map the sections of the guides between two trees: renumbered, added, removed, lost anchors',
  usage: `usage: kfuncdoc sections --kernel OLD --kernel NEW [--doc PATH] [--format text|json]

Maps every section of each guide under Documentation/bpf in OLD onto NEW (by label, then
title) and reports renumbered, renamed, moved, added and removed sections, the anchors a
reader loses, and prose that still names an old section number.

${KERNEL_HELP}
  --doc PATH      only this document (e.g. Documentation/bpf/kfuncs.rst); repeat
  --format F      text (default) or json`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      kernel: { type: 'string', multiple: true },
      doc: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      'no-cache': { type: 'boolean' },
    });
    if (values.kernel?.length !== 2) throw new UsageError('give exactly two --kernel: the old state, then the new one');
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format is text or json, not '${values.format}'`);
    const { trees, cache } = await openTrees(values.kernel, io, values['no-cache']);
    const [oldTree, newTree] = trees;
    const load = async (t: (typeof trees)[number]) => {
      const parseCache = openParseCache(cache, `docs-${t.version}`, parserVersion());
      const docs = await collectDocuments(t.tree, parseCache);
      parseCache.save();
      return docs.documents;
    };
    const [oldDocs, newDocs] = await Promise.all([load(oldTree), load(newTree)]);
    const wanted = values.doc?.length ? new Set(values.doc) : undefined;
    const newByPath = new Map(newDocs.map((d) => [d.path, d]));
    const mappings = oldDocs
      .filter((d) => newByPath.has(d.path) && (!wanted || wanted.has(d.path)))
      .map((d) => mapSections(d, newByPath.get(d.path)!));
    if (wanted) {
      for (const p of wanted) if (!mappings.some((m) => m.oldPath === p)) throw new UsageError(`${p} is not in both trees`);
    }
    const label = (t: (typeof trees)[number]) => `${t.version}${compareVersions(oldTree.version, newTree.version) === 0 ? ` (${t.source})` : ''}`;
    if (values.format === 'json') {
      io.stdout(JSON.stringify({ old: oldTree.version, new: newTree.version, documents: mappings }, null, 2) + '\n');
    } else {
      io.stdout(mappings.map((m) => formatMapping(m)).filter(Boolean).join('\n') || `no section changes between ${label(oldTree)} and ${label(newTree)}\n`);
    }
    return 0;
  },
};

const show = (s: SectionRef) => `${s.number ? s.number + ' ' : ''}${s.title}`;

/** One block per document with changes; '' when nothing changed. */
export function formatMapping(m: SectionMapping): string {
  const lines: string[] = [];
  for (const p of m.pairs) {
    if (!p.changes.length) continue;
    const what = p.changes.includes('renamed') ? `${show(p.old)} → ${show(p.new)}` : `${p.old.number ?? '(unnumbered)'} → ${p.new.number ?? '(unnumbered)'}  ${p.new.title}`;
    lines.push(`  ${p.changes.join(', ').padEnd(20)} ${what}  (line ${p.old.line} → ${p.new.line})`);
  }
  for (const s of m.added) lines.push(`  ${'added'.padEnd(20)} ${show(s)}  (line ${s.line})`);
  for (const s of m.removed) lines.push(`  ${'removed'.padEnd(20)} ${show(s)}  (was line ${s.line})`);
  for (const a of m.lostAnchors) lines.push(`  ${'anchor lost'.padEnd(20)} #${a.anchor}${a.replacement ? ` → now #${a.replacement}` : ''}`);
  for (const s of m.staleMentions) {
    lines.push(`  ${'stale mention'.padEnd(20)} line ${s.mention.line}: "${s.mention.text}" meant ${show(s.meant)}${s.now ? `, now ${s.now.number}` : ', now removed'}`);
  }
  return lines.length ? `${m.newPath}\n${lines.join('\n')}\n` : '';
}
