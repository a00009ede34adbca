import { fileLinePath, gitHeaderPaths, readHeaderPath, stripPrefixes } from './diff-paths.ts';
import { HUNK_HEADER, readHunk, type DiffLine, type HunkProblem } from './read-hunk.ts';
import type { FilePatch, FileStatus } from './types.ts';

export interface DiffIssue {
  kind: HunkProblem['kind'] | 'binary';
  line: number;
  message: string;
  /** Index into `files` of the file the problem belongs to. */
  file: number;
  /** Index into that file's hunks, for a problem in a hunk. */
  hunk?: number;
}

/** Where a file's diff lies in the lines: its header, each hunk, its end (indices, end exclusive). */
export interface FileSpan {
  start: number;
  headerEnd: number;
  hunks: { start: number; end: number }[];
  end: number;
}

export interface ParsedDiff {
  files: FilePatch[];
  issues: DiffIssue[];
  /** Index of the first diff line in `lines` (or lines.length when there is none). */
  start: number;
  /** Index after the last diff line. */
  end: number;
  /** Indices of empty lines that were read as blank context. */
  blank: number[];
  spans: FileSpan[];
}

const isSignature = (t: string) => t === '-- ';
const isPlainHeader = (lines: readonly DiffLine[], i: number) =>
  lines[i].text.startsWith('--- ') && lines[i + 1]?.text.startsWith('+++ ') && !lines[i + 1].gapBefore;
const isFileStart = (lines: readonly DiffLine[], i: number) => lines[i].text.startsWith('diff --git ') || isPlainHeader(lines, i);

/**
 * Reads every file diff in `lines` (git extended headers, plain `---`/`+++` diffs, hunks), skipping
 * text before, between and after them; stops at a mail signature (`-- `). Problems are returned,
 * never thrown, so that a quoted reply can keep the hunks that are complete.
 */
export function parseDiffLines(lines: readonly DiffLine[]): ParsedDiff {
  const files: FilePatch[] = [];
  const issues: DiffIssue[] = [];
  const blank: number[] = [];
  const spans: FileSpan[] = [];
  let start = lines.length;
  let end = lines.length;
  let i = 0;
  while (i < lines.length && !isSignature(lines[i].text)) {
    if (!isFileStart(lines, i)) {
      i++;
      continue;
    }
    if (start === lines.length) start = i;
    const fileIndex = files.length;
    const fileStart = i;
    const { file, next } = readFileHeader(lines, i);
    files.push(file);
    i = next;
    const span: FileSpan = { start: fileStart, headerEnd: i, hunks: [], end: i };
    while (i < lines.length && HUNK_HEADER.test(lines[i].text)) {
      const read = readHunk(lines, i);
      span.hunks.push({ start: i, end: read.next });
      file.hunks.push(read.hunk);
      blank.push(...read.blank);
      i = read.next;
      if (read.problem) {
        issues.push({ ...read.problem, file: fileIndex, hunk: file.hunks.length - 1 });
        // The rest of a broken hunk is not diff text we can place: resume at the next hunk or file.
        while (i < lines.length && !HUNK_HEADER.test(lines[i].text) && !isFileStart(lines, i) && !isSignature(lines[i].text)) i++;
      }
    }
    if (file.binary && !file.hunks.length) {
      issues.push({ kind: 'binary', line: file.line, file: fileIndex, message: `binary diff of ${file.newPath ?? file.oldPath}` });
      while (i < lines.length && !isFileStart(lines, i) && !isSignature(lines[i].text)) i++;
    }
    span.end = i;
    spans.push(span);
    end = i;
  }
  if (start === lines.length) end = start;
  return { files, issues, start, end, blank, spans };
}

const EXTENDED: [RegExp, (file: FilePatch, m: RegExpExecArray, names: Names) => void][] = [
  [/^old mode (\d+)/, (f, m) => (f.oldMode = m[1])],
  [/^new mode (\d+)/, (f, m) => (f.newMode = m[1])],
  [/^deleted file mode (\d+)/, (f, m) => ((f.oldMode = m[1]), (f.status = 'deleted'))],
  [/^new file mode (\d+)/, (f, m) => ((f.newMode = m[1]), (f.status = 'added'))],
  [/^(rename|copy) (from|old) (.*)/, (f, m, n) => ((n.from = readHeaderPath(m[3]).path), (f.status = statusOf(m[1])))],
  [/^(rename|copy) (to|new) (.*)/, (f, m, n) => ((n.to = readHeaderPath(m[3]).path), (f.status = statusOf(m[1])))],
  [/^(?:dis)?similarity index (\d+)%/, (f, m) => (f.similarity = Number(m[1]))],
  [/^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?/, (f, m) => ((f.index = { from: m[1], to: m[2] }), m[3] && (f.oldMode = f.newMode = m[3]))],
  [/^(Binary files .* differ|GIT binary patch)/, (f) => (f.binary = true)],
];

interface Names {
  from?: string;
  to?: string;
}

const statusOf = (word: string): FileStatus => (word === 'rename' ? 'renamed' : 'copied');

function readFileHeader(lines: readonly DiffLine[], at: number): { file: FilePatch; next: number } {
  const file: FilePatch = { oldPath: null, newPath: null, status: 'modified', binary: false, hunks: [], line: lines[at].line };
  const git = lines[at].text.startsWith('diff --git ');
  const names: Names = {};
  let i = at;
  let gitPaths: [string, string] | undefined;
  if (git) {
    gitPaths = gitHeaderPaths(lines[at].text.slice('diff --git '.length));
    for (i = at + 1; i < lines.length && !lines[i].gapBefore; i++) {
      const rule = EXTENDED.find(([re]) => re.test(lines[i].text));
      if (!rule) break;
      rule[1](file, rule[0].exec(lines[i].text)!, names);
      if (file.binary) return finishBinary(file, gitPaths, names, lines, i + 1);
    }
  }
  let oldPath: string | null;
  let newPath: string | null;
  if (i < lines.length && isPlainHeader(lines, i)) {
    [oldPath, newPath] = stripPrefixes(fileLinePath(lines[i].text.slice(4)), fileLinePath(lines[i + 1].text.slice(4)), git);
    i += 2;
  } else {
    [oldPath, newPath] = gitPaths ? stripPrefixes(gitPaths[0], gitPaths[1], true) : [null, null];
    if (file.status === 'added') oldPath = null;
    if (file.status === 'deleted') newPath = null;
  }
  file.oldPath = names.from ?? oldPath;
  file.newPath = names.to ?? newPath;
  if (file.oldPath === null && file.status === 'modified') file.status = 'added';
  if (file.newPath === null && file.status === 'modified') file.status = 'deleted';
  return { file, next: i };
}

function finishBinary(file: FilePatch, paths: [string, string] | undefined, names: Names, lines: readonly DiffLine[], next: number) {
  const [oldPath, newPath] = paths ? stripPrefixes(paths[0], paths[1], true) : [null, null];
  file.oldPath = names.from ?? (file.status === 'added' ? null : oldPath);
  file.newPath = names.to ?? (file.status === 'deleted' ? null : newPath);
  return { file, next };
}
