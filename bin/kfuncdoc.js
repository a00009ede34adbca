#!/usr/bin/env node
// Runs the TypeScript CLI on the project's own Node 24 (the `node` devDependency). When this
// process already is Node >= 22.18 (TypeScript runs as is) it imports the CLI in-process;
// otherwise it starts the project's Node once and hands over stdio and the exit code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'src', 'cli', 'run.ts');
const [major, minor] = process.versions.node.split('.').map(Number);

if (major > 22 || (major === 22 && minor >= 18)) {
  // Node's compile cache (src/compile-cache.ts) on before the first TypeScript module loads: Node
  // then skips stripping types, and loading its type stripper, for every module it has seen
  // (~25 ms a run). run.ts turns it on too, for `node src/cli/run.ts`, after its own stripping.
  if (!process.env.KFUNCDOC_NO_COMPILE_CACHE) module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE || join(root, 'node_modules', '.cache', 'kfuncdoc-compile'));
  await import(pathToFileURL(main).href);
} else {
  let node;
  try {
    node = join(dirname(createRequire(join(root, 'package.json')).resolve('node/package.json')), 'bin', 'node');
  } catch {
    node = undefined;
  }
  if (!node || !existsSync(node)) {
    process.stderr.write(
      `kfuncdoc: needs Node.js 22.18 or newer, this is ${process.version}\n  hint: run 'npm ci' in ${root} (it installs Node 24 as a dependency), or 'npm rebuild node' after 'npm ci --ignore-scripts'\n`,
    );
    process.exit(2);
  }
  const result = spawnSync(node, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
