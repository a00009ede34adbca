/**
 * A scratch copy of a kernel tree for Sphinx, which writes into the tree it builds: the user's
 * tree is never touched. drivers/ and sound/ are left out (no bpf doc pulls from them).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SphinxCopy {
  dir: string;
  /** A real content change to kfuncs.rst (a trailing blank line toggled), as an edit would make. */
  editKfuncsRst(): void;
  remove(): void;
}

export function makeSphinxCopy(tree: string): SphinxCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'kfuncdoc-bench-sphinx-'));
  execFileSync('sh', ['-c', `tar -C "$1" -cf - --exclude=./drivers --exclude=./sound . | tar -C "$2" -xf -`, 'sh', tree, dir]);
  const rst = path.join(dir, 'Documentation/bpf/kfuncs.rst');
  const original = readFileSync(rst, 'utf8');
  let toggled = false;
  return {
    dir,
    editKfuncsRst() {
      toggled = !toggled;
      writeFileSync(rst, toggled ? original + '\n' : original);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const SPHINX_BUILD = (dir: string) => ['make', '-s', '-C', dir, 'SPHINXDIRS=bpf', 'htmldocs'];
