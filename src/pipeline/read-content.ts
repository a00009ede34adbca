/**
 * What people wrote by hand under content/: kfunc notes (kfuncs/*.md) and mailing-list patches
 * (patches/*.eml|mbox), ready to hand to buildGraph. A missing directory is simply empty.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MailMessage } from '../patches/types.ts';
import { readContentPatches } from './content-patches.ts';
import { readNotes, type KfuncNote } from './read-notes.ts';

export interface HandWritten {
  notes: KfuncNote[];
  patches: MailMessage[];
  /** Problems reading the patches, reported with the graph's diagnostics. */
  inputDiagnostics: Diagnostic[];
}

export async function readContent(dir: string | undefined): Promise<HandWritten> {
  if (!dir) return { notes: [], patches: [], inputDiagnostics: [] };
  const [notes, patches] = await Promise.all([readNotes(dir), readContentPatches(path.join(dir, 'patches'))]);
  return { notes, patches: patches.messages, inputDiagnostics: patches.diagnostics };
}
