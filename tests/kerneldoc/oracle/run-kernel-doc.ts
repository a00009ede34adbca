/**
 * Runs a tree's own scripts/kernel-doc (Perl up to 6.x, Python in 7.x) on one file, from its place
 * in the read-only tree, with a scratch working directory and no bytecode written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface KernelDocRun {
  stdout: string;
  stderr: string;
  ms: number;
}

export function kernelDocEngine(tree: string): 'python3' | 'perl' {
  const script = path.join(tree, 'scripts/kernel-doc');
  return readFileSync(script, 'utf8').startsWith('#!/usr/bin/env python') ? 'python3' : 'perl';
}

export function runKernelDoc(tree: string, file: string, scratch: string): KernelDocRun {
  const engine = kernelDocEngine(tree);
  // Perl's kernel-doc falls back to Sphinx 1.x markup without a version; 7.x's defaults to 3+.
  const args = engine === 'perl' ? ['-rst', '-enable-lineno', '-sphinx-version', '4.0'] : ['-rst', '-l'];
  const start = performance.now();
  const r = spawnSync(engine, [path.join(tree, 'scripts/kernel-doc'), ...args, path.resolve(tree, file)], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, ms };
}
