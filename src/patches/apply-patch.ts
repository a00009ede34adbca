import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import { overlayTree } from '../sources/overlay-tree.ts';
import { applyHunks } from './apply-hunks.ts';
import { failureDiagnostic, methodDiagnostic } from './apply-diagnostics.ts';
import type { ApplyResult, FilePatch, FileResult, HunkFailure, Patch } from './types.ts';
import { unsafePathReason } from './unsafe-path-reason.ts';

/**
 * Applies a patch to an in-memory overlay of `tree`, all or nothing: when any file fails, `ok` is
 * false and the tree returned is `tree` itself. Nothing is ever written to disk.
 */
export async function applyPatch(tree: KernelTree, patch: Pick<Patch, 'files' | 'source'>): Promise<ApplyResult> {
  const changes = new Map<string, string | null>();
  const applied: FileResult[] = [];
  const failures: HunkFailure[] = [];
  const diagnostics: Diagnostic[] = [];
  const current = async (path: string) => (changes.has(path) ? (changes.get(path) ?? undefined) : tree.readFile(path));
  const refuse = (file: FilePatch, code: string, message: string, hint?: string) =>
    diagnostics.push(diagnostic(code, 'error', { file: patch.source, line: file.line }, message, hint ? { hint } : {}));

  for (const file of patch.files) {
    const target = file.newPath ?? file.oldPath ?? '';
    const unsafe = [file.oldPath, file.newPath].find((p) => p !== null && unsafePathReason(p));
    if (unsafe !== undefined) {
      refuse(file, 'patch-path-unsafe', `refusing ${unsafe}: the path ${unsafePathReason(unsafe!)}`, 'a patch may only change files inside the tree');
      continue;
    }
    if (file.binary) {
      refuse(file, 'patch-binary-unsupported', `${target}: binary diffs cannot be applied`);
      continue;
    }
    const before = file.oldPath === null ? undefined : await current(file.oldPath);
    if (file.oldPath !== null && before === undefined) {
      refuse(file, 'patch-file-missing', `${file.oldPath}: no such file in ${tree.label}`, 'is this the tree the patch was made against?');
      continue;
    }
    const createsNew = file.oldPath === null || file.status === 'renamed' || file.status === 'copied';
    if (createsNew && file.newPath !== null && file.newPath !== file.oldPath && (await current(file.newPath)) !== undefined) {
      refuse(file, 'patch-file-exists', `${file.newPath}: the patch creates it but ${tree.label} already has it`);
      continue;
    }
    const result = applyHunks(before ?? '', file.hunks);
    if (!result.ok) {
      const failure = { file: file.oldPath ?? target, ...result.failure };
      failures.push(failure);
      diagnostics.push(failureDiagnostic(failure, patch.source));
      continue;
    }
    if (file.newPath === null && result.text !== '') {
      refuse(file, 'patch-hunk-failed', `${file.oldPath}: the patch deletes it but does not remove all of its lines`);
      continue;
    }
    if (file.status === 'renamed' && file.oldPath !== null && file.oldPath !== file.newPath) changes.set(file.oldPath, null);
    changes.set(file.newPath ?? file.oldPath!, file.newPath === null ? null : result.text);
    applied.push({ file: target, ...(file.oldPath && file.oldPath !== target ? { from: file.oldPath } : {}), status: file.status, hunks: result.hunks });
    for (const h of result.hunks) {
      const d = methodDiagnostic(target, h, file.hunks[h.hunk - 1].line, patch.source);
      if (d) diagnostics.push(d);
    }
  }
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ok, tree: ok ? overlayTree(tree, changes) : tree, applied, failures, diagnostics };
}
