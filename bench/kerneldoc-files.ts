/**
 * Bench helper: reads kernel-doc from the files that define or register kfuncs, either with our
 * parser (`ours`) or with the tree's own scripts/kernel-doc (`peer`), over the same file list.
 *   node bench/kerneldoc-files.ts list TREE OUT   # writes the file list (not timed)
 *   node bench/kerneldoc-files.ts ours TREE LIST
 *   node bench/kerneldoc-files.ts peer TREE LIST
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseKernelDoc } from '../src/kerneldoc/index.ts';
import { directoryTree } from '../src/sources/directory-tree.ts';

const [mode, tree, list] = process.argv.slice(2);
if (mode === 'list') {
  const files = await directoryTree(tree).findSources(['__bpf_kfunc', 'BTF_ID_FLAGS']);
  writeFileSync(list, files.filter((f) => !f.startsWith('tools/')).join('\n'));
} else {
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  if (mode === 'ours') {
    let comments = 0;
    for (const f of files) comments += parseKernelDoc(f, readFileSync(path.join(tree, f), 'utf8')).comments.length;
    process.stdout.write(`${comments} comments\n`);
  } else {
    const result = spawnSync(path.join(tree, 'scripts/kernel-doc'), ['-none', ...files], { cwd: tree, encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    process.exitCode = result.status ?? 1;
  }
}
