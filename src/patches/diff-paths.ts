/** Paths as diff headers write them: C-quoted, with timestamps, `a/` `b/` prefixes, /dev/null. */

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };

/**
 * Reads a path git wrote in double quotes with C escapes (octal bytes are UTF-8); other text is
 * returned as is. Returns the path and what follows it.
 * @example readHeaderPath('"a/t\\303\\251st" rest') // { path: 'a/tést', rest: ' rest' }
 */
export function readHeaderPath(text: string): { path: string; rest: string } {
  if (!text.startsWith('"')) return { path: text, rest: '' };
  const bytes: number[] = [];
  let i = 1;
  for (; i < text.length && text[i] !== '"'; i++) {
    if (text[i] !== '\\') {
      bytes.push(...new TextEncoder().encode(text[i]));
      continue;
    }
    const next = text[++i];
    const octal = /^[0-7]{3}/.exec(text.slice(i, i + 3));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(ESCAPES[next] ?? next));
    }
  }
  return { path: new TextDecoder().decode(new Uint8Array(bytes)), rest: text.slice(i + 1) };
}

/**
 * The path of a `---` / `+++` line (the text after the marker): a timestamp after a tab dropped,
 * `/dev/null` as null, and so is a side dated at the Unix epoch: that is how GNU `diff -N` writes
 * a file that does not exist, and how `patch` reads it (a creation or a deletion).
 * @example fileLinePath('a/foo.c\t2023-02-02 10:00:00') // 'a/foo.c'
 * @example fileLinePath('a/new.rst\t1970-01-01 01:00:00.000000000 +0100') // null
 */
export function fileLinePath(text: string): string | null {
  const { path, rest } = text.startsWith('"') ? readHeaderPath(text) : { path: text.split('\t')[0].trimEnd(), rest: text.slice(text.indexOf('\t') >>> 0) };
  if (path === '/dev/null') return null;
  const stamp = rest.startsWith('\t') ? rest.slice(1) : '';
  return isEpoch(stamp) ? null : path;
}

/**
 * Whether a diff timestamp is the Unix epoch: `1970-01-01 00:00:00[.frac] [+-zone]` (GNU diff's
 * default, any zone) or `Thu Jan  1 00:00:00 1970` (the traditional form, UTC).
 */
export function isEpoch(stamp: string): boolean {
  const iso = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:\s*([+-])(\d\d):?(\d\d))?$/.exec(stamp.trim());
  if (iso) {
    const [, y, mo, d, h, mi, s, sign, zh, zm] = iso;
    const zone = sign ? (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm)) * 60_000 : 0;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - zone === 0;
  }
  return /^\w{3} \w{3} +\d{1,2} \d\d:\d\d:\d\d \d{4}$/.test(stamp.trim()) && Date.parse(`${stamp.trim()} UTC`) === 0;
}

/**
 * The two paths of a `diff --git` line (the text after `diff --git `), prefixes kept. When the
 * names are not quoted and hold spaces, the split that gives two equal names wins, as git does.
 * @example gitHeaderPaths('a/x y.c b/x y.c') // ['a/x y.c', 'b/x y.c']
 */
export function gitHeaderPaths(text: string): [string, string] | undefined {
  if (text.startsWith('"')) {
    const first = readHeaderPath(text);
    const second = first.rest.trimStart();
    return [first.path, second.startsWith('"') ? readHeaderPath(second).path : second];
  }
  const half = (text.length - 1) / 2;
  if (Number.isInteger(half) && text[half] === ' ' && text.slice(0, half).replace(/^[^/]*\//, '') === text.slice(half + 1).replace(/^[^/]*\//, '')) {
    return [text.slice(0, half), text.slice(half + 1)];
  }
  const quoted = text.indexOf(' "');
  if (quoted > 0) return [text.slice(0, quoted), readHeaderPath(text.slice(quoted + 1)).path];
  const space = text.indexOf(' b/');
  return space > 0 ? [text.slice(0, space), text.slice(space + 1)] : undefined;
}

const firstComponent = (p: string) => /^[^/]+\//.exec(p)?.[0];

/**
 * Removes the directory prefixes a diff put before tree paths. Git diffs use `a/` `b/` (or one-letter
 * mnemonic prefixes, or none with --no-prefix); other diffs strip one component, like `patch -p1`.
 * @example stripPrefixes('a/kernel/bpf/btf.c', 'b/kernel/bpf/btf.c', true) // ['kernel/bpf/btf.c', 'kernel/bpf/btf.c']
 */
export function stripPrefixes(oldPath: string | null, newPath: string | null, git: boolean): [string | null, string | null] {
  const present = [oldPath, newPath].filter((p): p is string => p !== null);
  const strip = git
    ? present.every((p) => /^[a-z]\//.test(p))
    : present.every((p) => firstComponent(p) !== undefined);
  const cut = (p: string | null) => (p === null || !strip ? p : p.slice(firstComponent(p)!.length));
  return [cut(oldPath), cut(newPath)];
}
