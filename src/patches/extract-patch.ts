import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseDiffLines, type ParsedDiff } from './parse-diff-lines.ts';
import { issueDiagnostic } from './parse-unified-diff.ts';
import { quotedDiffLines, type BodyLine } from './quoted-diff-lines.ts';
import type { DiffLine } from './read-hunk.ts';
import type { Patch } from './types.ts';
import { unquoteLine } from './unquote-line.ts';

export interface Extraction {
  patch?: Patch;
  /** Why there is no patch, when there is none. */
  reason?: string;
  diagnostics: Diagnostic[];
}

export const NO_PATCH = 'no patch in this message';
export const FRAGMENTS_ONLY = 'quotes only fragments of a patch, no complete diff';

/**
 * The patch a message body carries: a diff sent as such, or one quoted in a reply (unquoted; the
 * hunks quoted completely are kept, the others listed in `omitted`). A reply quoting only pieces of
 * hunks yields no patch and says so.
 */
export function extractPatch(body: readonly BodyLine[], source: string, at: number): Extraction {
  const direct = parseDiffLines(body);
  if (direct.files.length) {
    const diagnostics = direct.issues.map((issue) => issueDiagnostic(issue, direct.files, source));
    // A diff sent as such is taken whole or not at all; a binary file stays in it for the applier to refuse.
    const corrupt = diagnostics.find((d) => d.severity === 'error');
    if (corrupt) return { reason: corrupt.message, diagnostics };
    const all = direct.files.map((f, k) => ({ file: k, hunks: f.hunks.map((_, j) => j) }));
    return { patch: toPatch(body, direct, all, source, 0), diagnostics };
  }
  const unquoted = body.map((l) => unquoteLine(l.text));
  const depths = [...new Set(unquoted.filter((q, i) => q.depth > 0 && startsFile(unquoted, i)).map((q) => q.depth))].sort((a, b) => a - b);
  let firstProblem: { text: string; line: number } | undefined;
  for (const depth of depths) {
    const quoted = quotedDiffLines(body, unquoted, depth);
    const parsed = parseDiffLines(quoted.lines);
    const parts = completeParts(parsed);
    const problems = parsed.issues.map((issue) => `${parsed.files[issue.file].newPath ?? parsed.files[issue.file].oldPath}: ${issue.message}`);
    if (!parts.length) {
      firstProblem ??= { text: problems[0], line: parsed.issues[0]?.line ?? at };
      continue;
    }
    const diagnostics = parsed.issues.map((issue, k) =>
      diagnostic('patch-quote-hunk-incomplete', 'warning', { file: source, line: issue.line }, `the reply quotes ${problems[k]}; that hunk is left out of the patch`),
    );
    const first = quoted.lines[parsed.start].line;
    const last = quoted.lines[parsed.end - 1].line;
    const comments = quoted.skipped.filter((l) => l.line > first && l.line < last);
    if (comments.length) {
      diagnostics.push(
        diagnostic('patch-quote-comments-skipped', 'info', { file: source, line: comments[0].line }, `${comments.length} line${comments.length === 1 ? '' : 's'} of reply text between quoted diff lines left out`),
      );
    }
    return { patch: toPatch(quoted.lines, parsed, parts, source, depth), diagnostics };
  }
  const fragments = firstProblem ?? (looksLikeFragments(unquoted) ? { text: 'quoted + lines without a diff header', line: at } : undefined);
  if (fragments) {
    return { reason: FRAGMENTS_ONLY, diagnostics: [diagnostic('patch-quote-fragments', 'info', { file: source, line: fragments.line }, `${FRAGMENTS_ONLY}: ${fragments.text}`)] };
  }
  return { reason: NO_PATCH, diagnostics: [diagnostic('patch-none', 'info', { file: source, line: at }, NO_PATCH)] };
}

function startsFile(unquoted: readonly { depth: number; text: string }[], i: number): boolean {
  const { depth, text } = unquoted[i];
  if (text.startsWith('diff --git ')) return true;
  const next = unquoted.slice(i + 1).find((q) => q.depth === depth);
  return text.startsWith('--- ') && !!next?.text.startsWith('+++ ');
}

/** Quoted lines that can only come from a diff: added lines (two or more) or a hunk header. */
function looksLikeFragments(unquoted: readonly { depth: number; text: string }[]): boolean {
  const quoted = unquoted.filter((q) => q.depth > 0);
  return quoted.some((q) => /^@@ -\d/.test(q.text)) || quoted.filter((q) => /^\+(?!\+\+ )/.test(q.text)).length >= 2;
}

interface Part {
  file: number;
  hunks: number[];
}

/** The files and hunks read without a problem; a file none of whose hunks is complete is left out. */
function completeParts(parsed: ParsedDiff): Part[] {
  const parts: Part[] = [];
  for (const [k, file] of parsed.files.entries()) {
    const issues = parsed.issues.filter((issue) => issue.file === k);
    if (issues.some((issue) => issue.hunk === undefined)) continue;
    const hunks = file.hunks.map((_, j) => j).filter((j) => !issues.some((issue) => issue.hunk === j));
    if (file.hunks.length && !hunks.length) continue;
    parts.push({ file: k, hunks });
  }
  return parts;
}

function toPatch(lines: readonly DiffLine[], parsed: ParsedDiff, parts: Part[], source: string, quoteDepth: number): Patch {
  const blank = new Set(parsed.blank);
  const text: string[] = [];
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) text.push(blank.has(i) ? ' ' : lines[i].text);
  };
  for (const { file, hunks } of parts) {
    const span = parsed.spans[file];
    take(span.start, span.headerEnd);
    for (const j of hunks) take(span.hunks[j].start, span.hunks[j].end);
  }
  return {
    source,
    text: text.join('\n') + '\n',
    files: parts.map(({ file, hunks }) => ({ ...parsed.files[file], hunks: hunks.map((j) => parsed.files[file].hunks[j]) })),
    quoteDepth,
    line: lines[parsed.spans[parts[0].file].start].line,
    omitted: parsed.issues.map((issue) => {
      const file = parsed.files[issue.file];
      return { file: file.newPath ?? file.oldPath ?? '', header: issue.hunk === undefined ? '' : file.hunks[issue.hunk].header, line: issue.line, why: issue.message };
    }),
  };
}
