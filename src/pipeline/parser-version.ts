/**
 * A fingerprint of the parsers' own source, so that cached parse results from an older
 * kfuncdoc are never reused after the code that produced them changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const memo = new Map<string, string>();

/** @param root the source directory the `dirs` are in (ours by default; tests give another) */
export function parserVersion(dirs: readonly string[] = ['registrations', 'kerneldoc', 'rst', 'graph', 'pipeline'], root = SRC): string {
  const key = JSON.stringify([root, dirs]);
  const known = memo.get(key);
  if (known) return known;
  const hash = createHash('sha1');
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      // Subdirectories too: rst/transforms/ shapes every parsed document.
      names = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts')).sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(name).update(readFileSync(path.join(root, dir, name)));
  }
  const version = hash.digest('hex').slice(0, 16);
  memo.set(key, version);
  return version;
}
