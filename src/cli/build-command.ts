import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import { SiteConfigError } from '../config/site-config.ts';
import { resolveKernelSpec } from '../integration/graph-source.ts';
import { InputError } from '../sources/kernel-tree.ts';
import type { Command } from './command.ts';
import { UsageError } from './cli-error.ts';
import { parseOptions } from './parse-options.ts';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the static site (the embedded sample when no kernel is configured)',
  usage: `usage: kfuncdoc build [--kernel SPEC …] [--graph FILE [--guides FILE]] [--out DIR]

Builds the site into DIR (dist/ by default). Kernels come from --kernel, else from
kfuncdoc.config.json ("kernels") or KFUNCDOC_KERNELS, else the embedded sample trees
in sample/. The site is built beside DIR and moved into place only when complete.

  --kernel SPEC   a kernel tree (PATH, PATH@REF, PATH=X.Y); repeat for several versions
  --graph FILE    build from a graph JSON written by 'kfuncdoc graph --out FILE'
  --guides FILE   with --graph: the guides and notes 'kfuncdoc graph --guides FILE' rendered
                  (without them the site has no /docs/ pages)
  --out DIR       output directory (default: dist)`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      kernel: { type: 'string', multiple: true },
      graph: { type: 'string' },
      guides: { type: 'string' },
      out: { type: 'string', default: 'dist' },
    });
    if (values.guides && !values.graph) throw new UsageError('--guides goes with --graph (built from kernels, the guides are rendered anyway)');
    for (const [option, file] of [['--graph', values.graph], ['--guides', values.guides]] as const) {
      if (file && !existsSync(path.resolve(io.cwd, file))) {
        throw new InputError(`no such file (${option})`, { file, hint: option === '--graph' ? "write it with 'kfuncdoc graph --kernel PATH --out FILE'" : "write it with 'kfuncdoc graph --kernel PATH --out GRAPH --guides FILE'" });
      }
    }
    const outDir = path.resolve(io.cwd, values.out);
    const parent = path.dirname(outDir);
    if (!existsSync(parent)) throw new InputError(`cannot write ${values.out}: ${parent} does not exist`, { file: values.out, hint: 'create the parent directory, or give another --out' });
    const staging = mkdtempSync(path.join(parent, `.${path.basename(outDir)}.building-`));
    const { buildSite } = await import('../integration/build-site.ts');
    try {
      const built = await buildSite({
        root: PROJECT_ROOT,
        kernels: values.kernel?.map((k) => resolveKernelSpec(k, io.cwd)),
        graph: values.graph ? path.resolve(io.cwd, values.graph) : undefined,
        guides: values.guides ? path.resolve(io.cwd, values.guides) : undefined,
        outDir: staging,
        progress: io.progress,
      });
      rmSync(outDir, { recursive: true, force: true });
      renameSync(staging, outDir);
      io.stderr(`built ${path.relative(io.cwd, outDir) || '.'} in ${(built.milliseconds / 1000).toFixed(1)} s (graph ${(built.graphMilliseconds / 1000).toFixed(1)} s)\n`);
      return 0;
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (error instanceof SiteConfigError) throw new InputError(error.message, { hint: 'see the README, section "Configuration"' });
      throw error;
    }
  },
};
