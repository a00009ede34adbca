import { scanC } from './scan-c.ts';

/**
 * Tree-relative candidate paths of a file's `#include`s, in order, for `parseRegistrations`'s
 * `includes`: `<x/y.h>` → `include/x/y.h`, `"foo.h"` → beside the file. Arch headers
 * (`<asm/…>`) get the generic candidate only; a caller reads what exists and skips the rest.
 * @example listIncludes('net/core/xdp.c', '#include <net/xdp.h>\n#include "dev.h"\n') // ['include/net/xdp.h', 'net/core/dev.h']
 */
export function listIncludes(file: string, text: string): string[] {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const out: string[] = [];
  for (const t of scanC(text, null, () => ({ kind: 'word' }))) {
    if (t.kind !== 'directive') continue;
    const m = /^include\s*(?:<([^>]+)>|"([^"]+)")/.exec(t.text);
    if (!m) continue;
    const path = m[1] !== undefined ? `include/${m[1]}` : joinPath(dir, m[2]);
    if (path && !out.includes(path)) out.push(path);
  }
  return out;
}

/** `a/b` + `../c.h` → `a/c.h`; undefined when the path climbs above the tree root. */
function joinPath(dir: string, relative: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
