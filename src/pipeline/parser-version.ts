/**
 * A fingerprint of the parsers' own source, so that cached parse results from an older
 * kfuncdoc are never reused after the code that produced them changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
let memo: string | undefined;

export function parserVersion(dirs: readonly string[] = ['registrations', 'kerneldoc', 'rst', 'graph', 'pipeline']): string {
  if (memo) return memo;
  const hash = createHash('sha1');
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(SRC, dir)).filter((n) => n.endsWith('.ts')).sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(name).update(readFileSync(path.join(SRC, dir, name)));
  }
  return (memo = hash.digest('hex').slice(0, 16));
}
