/**
 * Hand-written kfunc notes (content/kfuncs/<name>.md): their frontmatter, read with
 * remark-parse + remark-frontmatter and validated by the note schema, so that a deprecation
 * notice the source does not carry reaches the graph (and its lifecycle) like one it does.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { NoteSchema, type Note } from '../config/note-schema.ts';
import { InputError } from '../sources/kernel-tree.ts';

export interface KfuncNote extends Note {
  kfunc: string;
  /** Relative to the content directory's parent (`content/kfuncs/x.md`). */
  file: string;
  /** Line of the `deprecation:` key, for evidence. */
  deprecationLine: number;
  /** The whole file (frontmatter and Markdown body), for the site to render (render-notes.ts). */
  text: string;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Parses one note; bad YAML or a bad field is an InputError with file:line and a hint. */
export function parseNote(file: string, text: string): KfuncNote {
  const tree = parser.parse(text);
  const front = tree.children.find((n) => n.type === 'yaml') as { value: string; position?: { start: { line: number } } } | undefined;
  const offset = (front?.position?.start.line ?? 1) + 1;
  let data: unknown = {};
  try {
    data = front ? (yaml.load(front.value) ?? {}) : {};
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new InputError(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, { file, line: offset + (mark?.line ?? 0), hint: 'fix the YAML between the --- lines' });
  }
  const parsed = NoteSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? '');
    const keyLine = front ? front.value.split('\n').findIndex((l) => l.startsWith(`${key}:`)) : -1;
    throw new InputError(`${issue.path.join('.') || 'frontmatter'}: ${issue.message}`, { file, line: offset + Math.max(0, keyLine), hint: 'see the README, section "Hand-written content"' });
  }
  const deprecationIndex = front ? front.value.split('\n').findIndex((l) => l.startsWith('deprecation:')) : -1;
  return { ...parsed.data, kfunc: parsed.data.kfunc ?? path.basename(file, '.md'), file, deprecationLine: offset + Math.max(0, deprecationIndex), text };
}

/** Every note under `contentDir/kfuncs`; none when the directory does not exist. */
export async function readNotes(contentDir: string): Promise<KfuncNote[]> {
  const dir = path.join(contentDir, 'kfuncs');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  const base = path.dirname(contentDir);
  return Promise.all(names.map(async (n) => parseNote(path.relative(base, path.join(dir, n)), await readFile(path.join(dir, n), 'utf8'))));
}
