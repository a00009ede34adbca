import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseKernelVersion, versionFromMakefile, versionKey } from '../versions/kernel-version.ts';
import { directoryTree } from './directory-tree.ts';
import { gitTree } from './git-tree.ts';
import { InputError, type KernelTree } from './kernel-tree.ts';

export interface OpenedTree {
  tree: KernelTree;
  /** `X.Y`. */
  version: string;
  /** Full release (`7.2.13`) when the Makefile says it, else the key. */
  release: string;
  /** The spec as given, for messages. */
  source: string;
  ref?: string;
  name?: string;
}

export interface KernelSpec {
  path: string;
  ref?: string;
  version?: string;
}

/**
 * Splits `PATH`, `PATH@REF`, `PATH=7.2` or `PATH@REF=7.2`. A path that exists as written is
 * taken whole, so a directory with `@` or `=` in its name still works.
 * @example parseKernelSpec('~/linux@v7.2=7.2') // { path: '~/linux', ref: 'v7.2', version: '7.2' }
 */
export function parseKernelSpec(spec: string): KernelSpec {
  if (existsSync(spec)) return { path: spec };
  let rest = spec;
  let version: string | undefined;
  const eq = /=(v?\d+\.\d+(?:\.\d+)?)$/.exec(rest);
  if (eq) {
    version = eq[1];
    rest = rest.slice(0, eq.index);
  }
  if (existsSync(rest)) return { path: rest, version };
  const at = rest.lastIndexOf('@');
  if (at > 0) return { path: rest.slice(0, at), ref: rest.slice(at + 1), version };
  return { path: rest, version };
}

export async function openKernelTree(spec: string, options: { cacheDir?: string } = {}): Promise<OpenedTree> {
  const parsed = parseKernelSpec(spec);
  const root = path.resolve(parsed.path);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError(`no such directory`, {
      file: parsed.path,
      hint: 'give the top of a kernel tree (a directory or a git repository), e.g. --kernel ~/linux or --kernel ~/linux@v7.2',
    });
  }
  const tree = parsed.ref ? await gitTree(root, parsed.ref, options) : directoryTree(root, options);
  const makefile = await tree.readFile('Makefile');
  const fromMakefile = makefile ? versionFromMakefile(makefile) : undefined;
  let version = fromMakefile?.key;
  if (parsed.version) {
    const given = parseKernelVersion(parsed.version);
    if (!given) throw new InputError(`${spec}: '${parsed.version}' is not a kernel version`, { hint: 'write it as X.Y, e.g. =7.2' });
    version = versionKey(given);
  }
  if (!version) {
    throw new InputError(`no kernel version (no top-level Makefile with VERSION and PATCHLEVEL)`, {
      file: path.join(parsed.path, 'Makefile'),
      hint: `say which version it is: --kernel ${parsed.path}${parsed.ref ? '@' + parsed.ref : ''}=7.2`,
    });
  }
  return {
    tree,
    version,
    release: fromMakefile && fromMakefile.key === version ? fromMakefile.release : version,
    source: spec,
    ...(parsed.ref ? { ref: parsed.ref } : {}),
    ...(fromMakefile?.name ? { name: fromMakefile.name } : {}),
  };
}
