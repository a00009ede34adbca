/**
 * Some kfuncs are defined away from the file that registers them and carry no marker the scan
 * looks for (6.1's tcp_reno_* live in net/ipv4/tcp_cong.c, registered from bpf_tcp_ca.c;
 * crash_kexec in kernel/kexec_core.c). Look for them in the C files of the registering file's
 * directory and of each directory above it, nearest first.
 */
import path from 'node:path';
import { findFunctionDefinitions, type FunctionDefinition } from '../kerneldoc/index.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';
import type { ParseCache } from './parse-cache.ts';

export async function findNearbyDefinitions(
  tree: KernelTree,
  wanted: Map<string, string>,
  cache: ParseCache,
  alreadyRead: ReadonlySet<string>,
): Promise<FunctionDefinition[]> {
  const found: FunctionDefinition[] = [];
  const missing = new Map(wanted);
  const listed = new Map<string, string[]>();
  for (const [name, registrationFile] of wanted) {
    if (!missing.has(name)) continue;
    for (let dir = path.posix.dirname(registrationFile); dir !== '.' && dir !== ''; dir = path.posix.dirname(dir)) {
      if (!listed.has(dir)) {
        const all = await tree.listFiles(dir);
        listed.set(dir, all.filter((f) => f.endsWith('.c') && path.posix.dirname(f) === dir && !alreadyRead.has(f)));
      }
      for (const file of listed.get(dir)!) {
        const text = await tree.readFile(file);
        if (!text || !text.includes(`${name}(`)) continue;
        const defs = cache.get(`defs:${file}`, text, () => findFunctionDefinitions(file, text));
        for (const d of defs) {
          if (missing.has(d.name)) {
            found.push(d);
            missing.delete(d.name);
          }
        }
      }
      if (!missing.has(name)) break;
    }
  }
  return found;
}
