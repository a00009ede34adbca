/**
 * Checks a kernel-doc comment against the function definition it sits on: the name on its first
 * line, and its `@param:` names against the prototype's (missing, extra, misspelled). Each finding
 * points at the comment and names the definition as the other position.
 */
import { editDistance } from '../text/edit-distance.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { KERNELDOC_CODES as C } from './codes.ts';
import type { FunctionDefinition, KernelDocComment } from './types.ts';

/**
 * Whether a comment naming `documented` documents a declaration named `declared`. kernel-doc
 * drops `_noprof` from prototypes, so `kmalloc()` documents `kmalloc_noprof`.
 *
 * @example
 * documentsName('vmalloc', 'vmalloc_noprof') // → true
 */
export function documentsName(documented: string, declared: string): boolean {
  return documented === declared || declared.replaceAll('_noprof', '') === documented;
}

/**
 * Without `def` (the comment sits on a macro, a prototype, or nothing parseable) only the name is
 * checked, against `comment.followedBy`.
 */
export function matchKernelDoc(comment: KernelDocComment, def?: FunctionDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  const next = def ? { name: def.name, file: def.file, line: def.line } : comment.followedBy && { ...comment.followedBy, file: comment.file };
  if (next && comment.kind !== 'doc' && comment.kind !== 'var' && !documentsName(comment.name, next.name)) {
    const named = comment.kind === 'function' ? `${comment.name}()` : `${comment.kind} ${comment.name}`;
    out.push(
      diagnostic(C.nameMismatch, 'warning', { file: comment.file, line: comment.nameLine }, `kernel-doc comment for ${named} sits on ${next.name}; kernel-doc drops it`, {
        hint: `name ${next.name} on the comment's first line, or move the comment above ${named}`,
        related: { file: next.file, line: next.line, message: `${next.name} is declared here` },
      }),
    );
  }
  if (!def) return out;
  const prototype = { file: def.file, line: def.line, message: `${def.name}() is defined here` };
  const declared = def.params.map((p) => p.name).filter((n) => n !== '');
  const documented = comment.params.map((p) => p.name);
  const missing = declared.filter((n) => n !== '...' && !documented.includes(n));
  const excess = comment.params.filter((p) => !declared.includes(p.name));
  for (const p of excess) {
    const guess = closestName(p.name, missing);
    const at = { file: comment.file, line: p.line };
    if (guess) {
      missing.splice(missing.indexOf(guess), 1);
      out.push(
        diagnostic(C.paramMisspelled, 'warning', at, `@${p.name} in the kernel-doc of ${def.name}() does not match its parameter ${guess}`, {
          hint: `rename @${p.name} to @${guess}`,
          related: prototype,
        }),
      );
    } else {
      out.push(
        diagnostic(C.paramExcess, 'warning', at, `@${p.name} is described in the kernel-doc of ${def.name}() but the function has no such parameter`, {
          hint: `remove @${p.name}, or rename it after one of: ${declared.join(', ') || '(no parameters)'}`,
          related: prototype,
        }),
      );
    }
  }
  for (const name of missing) {
    out.push(
      diagnostic(C.paramUndocumented, 'warning', { file: comment.file, line: comment.nameLine }, `parameter ${name} of ${def.name}() is not described in its kernel-doc comment`, {
        hint: `add "@${name}: …" under the comment's first line`,
        related: prototype,
      }),
    );
  }
  return out;
}

/** A declared name that differs only by a kfunc suffix (`buf` vs `buf__sz`) or by a typo or two. */
function closestName(name: string, candidates: readonly string[]): string | undefined {
  const base = (n: string) => n.replace(/__\w+$/, '');
  const bySuffix = candidates.find((c) => base(c) === base(name));
  if (bySuffix) return bySuffix;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 3));
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d <= bestDistance && (best === undefined || d < editDistance(name, best))) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
