/**
 * Reads one kernel-doc comment, line by line, with the states of the kernel's scripts/kernel-doc:
 * identifier line, summary continuation, body, and sections. Only `@param:`, `Description:`,
 * `Context:`, `Return(s):`, `Note(s):` and `Example(s):` start a section; any other `Word:` stays
 * text, as in kernel-doc. What a blank line does inside a section is where the two kernel-docs
 * differ (see `policyFor`).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { KERNELDOC_CODES as C } from './codes.ts';
import { DEFAULT_SECTION, SectionCollector } from './doc-sections.ts';
import { expandTabs } from './expand-tabs.ts';
import { collapseSpaces, readIdentifierLine } from './read-identifier-line.ts';
import type { KernelDocComment, KernelDocDialect, KernelDocKind } from './types.ts';

export type ReadComment = Omit<KernelDocComment, 'followedBy'>;

export interface ReadResult {
  comment: ReadComment | null;
  /** Index of the last line the comment took (its closing line when it has one). */
  last: number;
  diagnostics: Diagnostic[];
}

type State = 'name' | 'summary' | 'text' | 'doc';

interface Policy {
  /**
   * `ends`: a blank line ends the section, what follows is Description. `kept`: blank lines are
   * part of the section. `ends-before-unindented` (Perl): after a blank line, the next line with
   * text right after its `* ` ends the section; more indented lines stay in it.
   */
  blank: 'ends' | 'kept' | 'ends-before-unindented';
  /** Continuation lines lose the indent of the first one (python), or exactly that indent when present (perl). */
  dedent: 'none' | 'python' | 'perl';
}

const DESCRIPTION: Policy = { blank: 'kept', dedent: 'none' };

function policyFor(title: string, dialect: KernelDocDialect): Policy {
  const param = title.startsWith('@');
  if (dialect === 'python') {
    return param || title === 'Context' || title === 'Return' ? { blank: 'ends', dedent: 'python' } : DESCRIPTION;
  }
  if (title === DEFAULT_SECTION) return DESCRIPTION;
  if (title === 'Context') return { blank: 'ends', dedent: 'perl' };
  return { blank: 'ends-before-unindented', dedent: param ? 'perl' : 'none' };
}

/** The canonical section name for a heading, or the heading as written. */
function titleOf(heading: string, dialect: KernelDocDialect): string {
  const lower = heading.toLowerCase();
  if (lower === 'description') return DEFAULT_SECTION;
  if (lower === 'context') return 'Context';
  if (lower === 'return' || lower === 'returns') return 'Return';
  // Perl took only a lower-case `@return` for the Return section, `@returns` stayed a param.
  if (dialect === 'python' ? lower === '@return' || lower === '@returns' : heading === '@return') return 'Return';
  return heading;
}

const SECTION = /\s*\*\s*\s*(@[.\w]+|@\.\.\.|description|context|returns?|notes?|examples?)\s*:([^:].*)?$/i;
const CONTENT = /\s*\* ?(.*)/;
const BLANK = /^\s*\*\s*$/;
const UNINDENTED = /^\s*\*\s?\S/;
const END = /\*\//;
const TEXT_BEFORE_END = /^\s*\*\s*[a-zA-Z_0-9:.]+\*\//;

/** `lines` are the file's lines; `start` is the index of the opening line. */
export function readDocComment(file: string, lines: readonly string[], start: number, dialect: KernelDocDialect = 'python'): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const at = (i: number) => ({ file, line: i + 1 });
  const collector = new SectionCollector();
  let state: State = 'name';
  let kind: KernelDocKind = 'function';
  let name = '';
  let summary = '';
  let nameLine = 0;
  let policy = DESCRIPTION;
  let leadingSpace: number | null = null;
  let blankSeen = false;

  const finish = (i: number): ReadResult => {
    collector.dump();
    for (const d of collector.duplicates) {
      diagnostics.push(
        diagnostic(C.duplicate, 'warning', at(d.line - 1), `${d.kind === 'param' ? `@${d.name}` : `section '${d.name}'`} is written twice in the kernel-doc comment of ${name}`, {
          hint: d.kind === 'param' ? 'kernel-doc keeps only the last description; merge the two' : 'merge the two sections into one',
          related: { file, line: d.firstLine, message: 'first written here' },
        }),
      );
    }
    const sections = collector.finishedSections();
    const comment: ReadComment = {
      kind,
      name,
      summary,
      params: [...collector.params.values()],
      sections,
      description: sections.find((s) => s.name === (kind === 'doc' ? name : DEFAULT_SECTION))?.text ?? '',
      returns: sections.find((s) => s.name === 'Return')?.text ?? null,
      file,
      line: start + 1,
      nameLine,
      endLine: i + 1,
    };
    return { comment, last: i, diagnostics };
  };

  const beginSection = (title: string, line: number) => {
    collector.dump();
    collector.begin(title, line);
    policy = policyFor(title, dialect);
    leadingSpace = null;
    blankSeen = false;
  };

  /** Starts a section when the line is a heading. */
  const startSection = (line: string, i: number): boolean => {
    const m = SECTION.exec(line);
    if (!m) return false;
    beginSection(titleOf(m[1], dialect), i + 1);
    collector.add((m[2] ?? '').trimStart(), i + 1);
    return true;
  };

  const dedent = (text: string): string => {
    if (policy.dedent === 'none') return text;
    leadingSpace ??= /^ */.exec(text)![0].length;
    if (policy.dedent === 'perl') return text.startsWith(' '.repeat(leadingSpace)) ? text.slice(leadingSpace) : text;
    let cut = 0;
    while (cut < leadingSpace && text[cut] === ' ') cut++;
    // A line indented less than the first continuation line lowers the indent for the rest.
    leadingSpace = cut;
    return text.slice(cut);
  };

  const endComment = (line: string, i: number): boolean => {
    if (!END.test(line)) return false;
    if (TEXT_BEFORE_END.test(line)) {
      diagnostics.push(
        diagnostic(C.textOnEndLine, 'warning', at(i), `text before the comment's closing */ is dropped by kernel-doc: ${line.trim()}`, {
          hint: 'put the text on its own line and the closing */ on the next one',
        }),
      );
    }
    return true;
  };

  const badLine = (line: string, i: number) =>
    diagnostics.push(
      diagnostic(C.badLine, 'warning', at(i), `line in kernel-doc comment does not start with '*': ${line.trim()}`, {
        hint: 'start every line of the comment with " * "',
      }),
    );

  for (let i = start + 1; i < lines.length; i++) {
    const line = expandTabs(lines[i]);
    if (state === 'name') {
      const id = readIdentifierLine(line, dialect);
      if (id.kind === 'error') {
        // kernel-doc 7.x keeps looking for the identifier on the next lines; past the comment's
        // end it would read code as documentation, so stop there.
        if (id.reason === 'no-identifier' && dialect === 'python' && !END.test(line)) continue;
        diagnostics.push(notKernelDoc(file, i, line, id.reason));
        return { comment: null, last: i, diagnostics };
      }
      kind = id.kind;
      name = id.name;
      nameLine = i + 1;
      if (kind === 'doc') {
        collector.begin(name, i + 1);
        state = 'doc';
      } else {
        collector.begin(DEFAULT_SECTION, i + 2);
        summary = id.purpose ?? '';
        state = id.purpose === null ? 'text' : 'summary';
      }
      continue;
    }
    if (state === 'doc') {
      if (END.test(line)) return finish(i);
      const m = CONTENT.exec(line);
      if (m) collector.add(m[1], i + 1);
      continue;
    }
    if (state === 'text') {
      const blank = dialect === 'python' ? BLANK.test(line) : CONTENT.exec(line)?.[1] === '';
      if (blank && policy.blank === 'ends') {
        beginSection(DEFAULT_SECTION, i + 1);
        continue;
      }
      if (blank && policy.blank === 'ends-before-unindented') blankSeen = true;
      else if (blankSeen && UNINDENTED.test(line)) beginSection(DEFAULT_SECTION, i + 1);
    }
    if (startSection(line, i)) {
      state = 'text';
      continue;
    }
    if (endComment(line, i)) return finish(i);
    const m = CONTENT.exec(line);
    if (!m) {
      badLine(line, i);
      continue;
    }
    const text = m[1];
    if (state === 'summary') {
      if (text === '') state = 'text';
      else summary = collapseSpaces(`${summary} ${text}`);
    } else {
      collector.add(text === '' ? '' : dedent(text), i + 1);
    }
  }
  diagnostics.push(
    diagnostic(C.unterminated, 'warning', at(start), 'kernel-doc comment is not closed before the end of the file', {
      hint: 'close the comment with */ on a line of its own',
    }),
  );
  return state === 'name' ? { comment: null, last: lines.length - 1, diagnostics } : finish(lines.length - 1);
}

function notKernelDoc(file: string, i: number, line: string, reason: string): Diagnostic {
  const what =
    reason === 'empty-name' ? 'has no name after the type' : reason === 'no-identifier' ? 'names nothing' : 'does not start with `name() - summary`';
  return diagnostic(C.notKernelDoc, 'warning', { file, line: i + 1 }, `comment starts with /** but ${what}: ${line.trim()}`, {
    hint: 'write the first line as `name() - summary` (see Documentation/doc-guide/kernel-doc.rst) or open the comment with /*',
  });
}
