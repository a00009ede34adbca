import { writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import { SiteConfigError } from '../config/site-config.ts';
import { guideHrefs } from '../integration/guide-hrefs.ts';
import { readSiteConfig } from '../integration/site-config-fs.ts';
import { buildGraph } from '../pipeline/build-graph.ts';
import { buildSiteInputFromTrees, renderedContentJson } from '../pipeline/build-site-input.ts';
import { readContent } from '../pipeline/read-content.ts';
import { cacheDir } from '../sources/cache-dir.ts';
import { InputError } from '../sources/kernel-tree.ts';
import { openKernelTree } from '../sources/open-tree.ts';
import { UsageError } from './cli-error.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';

/** Writes a file atomically; an unwritable path is input, named by its option. */
export function writeOutput(file: string, text: string, cwd: string, option: string): void {
  const out = path.resolve(cwd, file);
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, out);
  } catch (error) {
    throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      file,
      hint: `give a writable path for ${option}`,
    });
  }
}

export const KERNEL_HELP = `  --kernel SPEC   a kernel tree; repeat for several versions. SPEC is
                  PATH (a directory; version from its Makefile), PATH@REF (a git
                  repository at a ref, read from objects), or either with =X.Y
  --no-cache      neither read nor write kfuncdoc's caches`;

export const graphCommand: Command = {
  name: 'graph',
  summary: 'print the content graph of one or more kernel trees as JSON',
  usage: `usage: kfuncdoc graph --kernel SPEC [--kernel SPEC …] [--out FILE] [--guides FILE]

Reads the trees and prints the content graph (kfuncs per version, lifecycle, flags,
diagnostics) as JSON; see schema/graph.schema.json. Exits 0 when the graph was produced,
whatever diagnostics it holds.

${KERNEL_HELP}
  --content DIR   hand-written notes (DIR/kfuncs/<name>.md) and mailing-list patches
                  (DIR/patches/*.eml|mbox); default: ./content when present
  --out FILE      write the JSON to FILE instead of standard output
  --guides FILE   also render the newest tree's guides and the notes into FILE, for
                  'kfuncdoc build --graph GRAPH --guides FILE' (links follow the site config)
  --pretty        indent the JSON`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      kernel: { type: 'string', multiple: true },
      out: { type: 'string' },
      pretty: { type: 'boolean' },
      content: { type: 'string' },
      guides: { type: 'string' },
      'no-cache': { type: 'boolean' },
    });
    if (!values.kernel?.length) throw new UsageError('give at least one --kernel');
    const cache = values['no-cache'] ? undefined : cacheDir(io.env);
    const trees = [];
    for (const spec of values.kernel) trees.push(await openKernelTree(spec, { cacheDir: cache }));
    const content = path.resolve(io.cwd, values.content ?? 'content');
    let graph;
    if (values.guides) {
      let config;
      try {
        config = await readSiteConfig(PROJECT_ROOT, io.env);
      } catch (error) {
        if (error instanceof SiteConfigError) throw new InputError(error.message, { hint: 'see the README, section "Configuration"' });
        throw error;
      }
      const input = await buildSiteInputFromTrees(trees, { content, cacheDir: cache, hrefs: (g) => guideHrefs(config, g), progress: io.progress });
      graph = input.graph;
      writeOutput(values.guides, renderedContentJson(input), io.cwd, '--guides');
      io.progress(`wrote ${values.guides} (${input.guides.length} guides, ${input.notes.length} notes)`);
    } else {
      graph = (await buildGraph(trees, { cacheDir: cache, progress: io.progress, ...(await readContent(content)) })).graph;
    }
    const json = JSON.stringify(graph, null, values.pretty ? 2 : undefined) + '\n';
    if (values.out) {
      writeOutput(values.out, json, io.cwd, '--out');
      io.progress(`wrote ${values.out}`);
    } else {
      io.stdout(json);
    }
    return 0;
  },
};
