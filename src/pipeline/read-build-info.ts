/**
 * Kbuild facts for a source file: the `obj-$(CONFIG_…)` line that builds it (from its directory's
 * Makefile) and the module it becomes when the symbol is tristate (from the Kconfig files of its
 * directory and the ones above).
 */
import path from 'node:path';
import { parseKbuild, parseKconfigSymbols, tristateLookup, type KconfigSymbol } from '../registrations/index.ts';
import type { KernelTree } from '../sources/kernel-tree.ts';

export interface BuildInfo {
  config: string | null;
  module: string | null;
  makefile: string;
  line: number;
}

export function buildInfoReader(tree: KernelTree): (file: string) => Promise<BuildInfo | null> {
  const kconfigs = new Map<string, Promise<KconfigSymbol[]>>();
  const symbolsOf = (dir: string) => {
    if (!kconfigs.has(dir)) {
      kconfigs.set(dir, tree.readFile(dir ? `${dir}/Kconfig` : 'Kconfig').then((t) => (t ? parseKconfigSymbols(t) : [])));
    }
    return kconfigs.get(dir)!;
  };
  const memo = new Map<string, Promise<BuildInfo | null>>();
  return (file) => {
    if (!memo.has(file)) {
      memo.set(
        file,
        (async () => {
          const dir = path.posix.dirname(file);
          const makefile = `${dir}/Makefile`;
          const text = await tree.readFile(makefile);
          if (text === undefined) return null;
          // The symbol is usually declared in this directory's Kconfig or one above it.
          const symbols: KconfigSymbol[] = [];
          for (let d = dir; ; d = path.posix.dirname(d)) {
            symbols.push(...(await symbolsOf(d === '.' ? '' : d)));
            if (d === '.' || d === '') break;
          }
          const lookup = tristateLookup(symbols);
          const { builds } = parseKbuild(makefile, text, path.posix.basename(file), { isTristate: lookup });
          const build = builds[0];
          if (!build) return null;
          const config = build.config && build.config !== 'y' && build.config !== 'm' ? `CONFIG_${build.config.replace(/^CONFIG_/, '')}` : null;
          return { config, module: build.module, makefile, line: build.line };
        })(),
      );
    }
    return memo.get(file)!;
  };
}
