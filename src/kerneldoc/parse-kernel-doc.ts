/**
 * Every kernel-doc comment of a C file, read the way scripts/kernel-doc reads it, each with the
 * declaration that follows it. Text is kept as written (`%NULL`, `@p`, `&struct x`, `func()`):
 * rendering markup is the renderer's job.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { analyzeC } from './analyze-c.ts';
import { followingDeclaration } from './following-declaration.ts';
import { readDocComment } from './read-doc-comment.ts';
import { skipPrototype } from './skip-prototype.ts';
import type { KernelDocComment, KernelDocDialect } from './types.ts';

export interface ParseKernelDocOptions {
  /** Whose rules: kernel-doc 7.x (`python`, the default) or the Perl script of 6.x trees. */
  dialect?: KernelDocDialect;
}

/** Only a line holding nothing but the opener, at the start of the line, opens a kernel-doc comment. */
const OPENER = /^\/\*\*\s*$/;

export function parseKernelDoc(
  file: string,
  text: string,
  options: ParseKernelDocOptions = {},
): { comments: KernelDocComment[]; diagnostics: Diagnostic[] } {
  const lines = (text.includes('\r') ? text.replace(/\r$/gm, '') : text).split('\n');
  const comments: KernelDocComment[] = [];
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('/**') || !OPENER.test(lines[i])) continue;
    const read = readDocComment(file, lines, i, options.dialect);
    diagnostics.push(...read.diagnostics);
    i = read.last;
    if (!read.comment) continue;
    if (read.comment.kind === 'doc') {
      comments.push({ ...read.comment, followedBy: null });
      continue;
    }
    const c = analyzeC(text);
    const close = lines[read.last].indexOf('*/');
    const after = c.lines.startOf(read.last + 1) + (close < 0 ? lines[read.last].length : close + 2);
    comments.push({ ...read.comment, followedBy: followingDeclaration(c, after) });
    i = skipPrototype(lines, read.last + 1, read.comment.kind);
  }
  return { comments, diagnostics };
}
