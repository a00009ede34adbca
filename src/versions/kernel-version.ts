/**
 * Kernel versions keyed `X.Y`. They order numerically; after 6.19 came 7.0, so a version name
 * that never existed (a deadline "v6.20" written before the switch) maps onto the real one.
 */
export interface KernelVersion {
  major: number;
  minor: number;
}

/** The last minor of each major series that had its successor start at 0. */
const LAST_MINOR: Record<number, number> = { 2: 6, 3: 19, 4: 20, 5: 19, 6: 19 };

/**
 * Parses `7.2`, `v7.2`, `7.2.13`, `6.20` (→ 7.0) into a version, or undefined.
 * @example parseKernelVersion('v6.23') // { major: 7, minor: 3 }
 */
export function parseKernelVersion(text: string): KernelVersion | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(text.trim());
  if (!m) return undefined;
  return normalizeKernelVersion({ major: Number(m[1]), minor: Number(m[2]) });
}

/** Maps minors past a series' end onto the next series: 6.20 → 7.0, 6.23 → 7.3. */
export function normalizeKernelVersion(v: KernelVersion): KernelVersion {
  let { major, minor } = v;
  while (LAST_MINOR[major] !== undefined && minor > LAST_MINOR[major]) {
    minor -= LAST_MINOR[major] + 1;
    major += 1;
  }
  return { major, minor };
}

/** @example versionKey({ major: 7, minor: 2 }) // '7.2' */
export function versionKey(v: KernelVersion): string {
  return `${v.major}.${v.minor}`;
}

export function compareVersions(a: KernelVersion | string, b: KernelVersion | string): number {
  const va = typeof a === 'string' ? parseKernelVersion(a) : a;
  const vb = typeof b === 'string' ? parseKernelVersion(b) : b;
  if (!va || !vb) throw new Error(`not a kernel version: ${!va ? String(a) : String(b)}`);
  return va.major - vb.major || va.minor - vb.minor;
}

/** Sorts version keys oldest first. */
export function sortVersionKeys(keys: readonly string[]): string[] {
  return [...keys].sort(compareVersions);
}

export interface MakefileVersion {
  key: string;
  release: string;
  name?: string;
}

/**
 * Reads VERSION / PATCHLEVEL / SUBLEVEL / EXTRAVERSION / NAME from a top-level kernel Makefile.
 * @example versionFromMakefile('VERSION = 7\nPATCHLEVEL = 2\nSUBLEVEL = 13\n') // { key: '7.2', release: '7.2.13' }
 */
export function versionFromMakefile(text: string): MakefileVersion | undefined {
  const field = (name: string) => new RegExp(`^${name}\\s*=[ \\t]*(.*)$`, 'm').exec(text)?.[1].trim();
  const version = field('VERSION');
  const patchlevel = field('PATCHLEVEL');
  if (!version || !patchlevel || !/^\d+$/.test(version) || !/^\d+$/.test(patchlevel)) return undefined;
  const sublevel = field('SUBLEVEL') || '0';
  const extra = field('EXTRAVERSION') ?? '';
  const name = field('NAME');
  return {
    key: `${Number(version)}.${Number(patchlevel)}`,
    release: `${version}.${patchlevel}${sublevel === '0' ? '' : '.' + sublevel}${extra}`,
    ...(name ? { name } : {}),
  };
}
