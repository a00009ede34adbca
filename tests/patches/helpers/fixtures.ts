/** The hand-written fixture tree and messages beside these tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { memoryTree } from '../../../src/sources/memory-tree.ts';
import type { KernelTree } from '../../../src/sources/kernel-tree.ts';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, name));
}

export function expected(name: string): string {
  return readFileSync(path.join(FIXTURES, 'expected', name), 'utf8');
}

/** fixtures/tree as path → text. */
export function fixtureFiles(): Record<string, string> {
  const root = path.join(FIXTURES, 'tree');
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

export function fixtureTree(): KernelTree {
  return memoryTree(fixtureFiles(), 'fixtures');
}
