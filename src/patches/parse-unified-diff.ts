import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseDiffLines, type DiffIssue } from './parse-diff-lines.ts';
import type { FilePatch } from './types.ts';

export interface UnifiedDiff {
  files: FilePatch[];
  diagnostics: Diagnostic[];
}

/**
 * Reads a unified diff (`git diff`, `git format-patch`, `diff -u`, quilt): files with their paths,
 * modes, renames and index lines, and hunks with their line numbers in `text`. Text around the diff
 * (a commit message, a signature) is skipped.
 */
export function parseUnifiedDiff(text: string, source = '<diff>'): UnifiedDiff {
  const lines = text.replace(/\r\n/g, '\n').split('\n').map((t, i) => ({ text: t, line: i + 1 }));
  if (lines.at(-1)?.text === '') lines.pop();
  const parsed = parseDiffLines(lines);
  return { files: parsed.files, diagnostics: parsed.issues.map((issue) => issueDiagnostic(issue, parsed.files, source)) };
}

/** The diagnostic for a problem in a diff sent as a diff (not quoted): a corrupt hunk makes the patch unusable. */
export function issueDiagnostic(issue: DiffIssue, files: readonly FilePatch[], source: string): Diagnostic {
  const file = files[issue.file];
  const name = file.newPath ?? file.oldPath ?? '?';
  if (issue.kind === 'binary') {
    return diagnostic('patch-binary-unsupported', 'warning', { file: source, line: issue.line }, `${name}: ${issue.message} cannot be applied`, {
      hint: 'preview works on text files; regenerate the patch without binary files',
    });
  }
  return diagnostic('patch-diff-corrupt', 'error', { file: source, line: issue.line }, `corrupt patch: ${name}: ${issue.message}`, {
    hint: 'the hunk counts in the @@ line must match its lines; was the patch edited by hand or wrapped by a mailer?',
  });
}
