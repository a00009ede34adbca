import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import { readChecksConfig } from '../config/read-checks-config.ts';
import { SiteConfigError, type SiteConfig } from '../config/site-config.ts';
import { readSiteConfig } from '../integration/site-config-fs.ts';
import { readMessages } from '../patches/index.ts';
import type { ReadResult } from '../patches/types.ts';
import { emitDirProblem, emitFiles } from '../preview/emit-files-fs.ts';
import { formatApplyFailure } from '../preview/format-apply-failure.ts';
import { formatPreviewText } from '../preview/format-preview-text.ts';
import { permalinks, type Permalinks } from '../preview/permalinks.ts';
import { previewPatch, type PreviewOutcome } from '../preview/preview-patch.ts';
import { PREVIEW_SCHEMA } from '../preview/preview-report.ts';
import { cacheDir } from '../sources/cache-dir.ts';
import { InputError } from '../sources/kernel-tree.ts';
import { openKernelTree, parseKernelSpec, type OpenedTree } from '../sources/open-tree.ts';
import { UsageError } from './cli-error.ts';
import type { Command } from './command.ts';
import type { CliIO } from './io.ts';
import { parseOptions } from './parse-options.ts';
import { portOption, PREVIEW_OPTIONS } from './preview-options.ts';
import { takeEarlyServer } from '../preview/early-server.ts';

/** The version key given to a tree with no Makefile (only guides); never shown. */
const PLACEHOLDER_VERSION = '0.0';

/** PATCH as bytes: a file, or standard input for `-` (`b4 am -o - MSGID | kfuncdoc preview - …`). */
export async function readPatchInput(arg: string, io: CliIO): Promise<{ input: Buffer; source: string }> {
  if (arg === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { input: Buffer.concat(chunks), source: '-' };
  }
  try {
    return { input: readFileSync(path.resolve(io.cwd, arg)), source: arg };
  } catch (error) {
    throw new InputError(`cannot read the patch: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      file: arg,
      hint: 'give an mbox, an e-mail, a format-patch file or a diff; - reads standard input',
    });
  }
}

export async function readPatchMessages(arg: string, io: CliIO): Promise<ReadResult & { source: string }> {
  const { input, source } = await readPatchInput(arg, io);
  return { ...(await readMessages(input, source)), source };
}

/**
 * Opens `--kernel`. A tree without a top-level Makefile (a directory holding only
 * Documentation/bpf, say) needs no version for a preview: both states are the same version.
 */
export async function openPreviewTree(spec: string, io: CliIO, cache: string | undefined): Promise<{ opened: OpenedTree; hideVersion: boolean; root: string }> {
  const parsed = parseKernelSpec(spec);
  const root = path.resolve(io.cwd, parsed.path);
  const versionless = !parsed.ref && !parsed.version && existsSync(root) && !existsSync(path.join(root, 'Makefile'));
  const opened = await openKernelTree(versionless ? `${root}=${PLACEHOLDER_VERSION}` : spec, { cacheDir: cache });
  // For PATH@REF the repository's work tree is as much off-limits for --emit as a directory tree.
  return { opened: { ...opened, source: spec }, hideVersion: versionless, root };
}

/** `--site URL`, else the site (and base) of kfuncdoc.config.json / KFUNCDOC_SITE. */
export async function siteLinks(site: string | undefined, io: CliIO): Promise<Permalinks> {
  if (site) {
    if (!/^https?:\/\/[^/]/.test(site)) throw new UsageError(`--site must be an absolute URL such as https://kfuncs.example.org, not '${site}'`);
    return permalinks(site);
  }
  try {
    const config = await readSiteConfig(io.cwd, io.env);
    return permalinks(config.site, config.base);
  } catch (error) {
    if (error instanceof SiteConfigError) throw new InputError(error.message, { hint: 'fix the site configuration, or give --site URL' });
    throw error;
  }
}

/** The served site's config (kernels, base, link templates), read where `kfuncdoc build` reads it. */
async function projectSiteConfig(io: CliIO): Promise<SiteConfig> {
  try {
    return await readSiteConfig(PROJECT_ROOT, io.env);
  } catch (error) {
    if (error instanceof SiteConfigError) throw new InputError(error.message, { hint: 'fix the site configuration (kfuncdoc.config.json, KFUNCDOC_* variables)' });
    throw error;
  }
}

export const previewCommand: Command = {
  name: 'preview',
  summary: 'show what a patch (e-mail, mbox, diff) does to the guides, kfuncs and checks',
  usage: `usage: kfuncdoc preview PATCH --kernel SPEC [--format text|json] [--emit DIR] [--strict]
                        [--serve [--port N]]

Applies PATCH to an in-memory overlay of the tree (the tree on disk is never written),
builds the graph of the tree and of the tree + patch, and reports the difference: sections
renumbered, added, removed; labels and anchors; :ref: links broken or fixed; kfuncs added,
removed, renamed, changed, deprecated; flags documented or defined; findings introduced
and resolved; the permalinks of what it touches.

  PATCH           an mbox (a series is applied in order, the cover letter skipped), an
                  e-mail, a reply quoting the whole patch, a format-patch file or a diff;
                  - reads standard input
  --kernel SPEC   the tree: PATH, PATH@REF (a git repository at a ref) or either with =X.Y;
                  a directory holding only Documentation/bpf/*.rst will do
  --format F      text (default; plain, pasteable into a review reply) or json
  --emit DIR      also write the patched versions of the files the patch touches under DIR,
                  a new or empty directory outside the tree
  --strict        exit 1 when the patch introduces errors or warnings
  --serve         then serve the patched site on 127.0.0.1 (pages rendered when asked
                  for, as astro dev does): a banner on every page names the patch, and
                  /preview/ shows this report with the changed sections linked; Ctrl-C stops
  --port N        the port for --serve (default 4321 or the next free one; 0: any free port)
  --site URL      the site its permalinks point to (default: kfuncdoc.config.json's site)
  --no-cache      neither read nor write kfuncdoc's caches

Exit status: 0 previewed; 1 bad input (no patch in PATCH, a hunk that does not apply:
nothing is previewed or written then) or, with --strict, findings introduced; 2 usage.`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, PREVIEW_OPTIONS, true);
    const port = portOption(values.port);
    if (values.port !== undefined && !values.serve) throw new UsageError('--port goes with --serve');
    if (port === null) throw new UsageError(`--port is a port number (0 for any free one), not '${values.port}'`);
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `one PATCH only, got ${positionals.length}: ${positionals.join(' ')}` : 'give the PATCH to preview (a file, or - for standard input)');
    if (!values.kernel) throw new UsageError('give the tree to apply the patch to: --kernel PATH');
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format is text or json, not '${values.format}'`);
    // The server process starts first: Astro's start overlaps reading the tree and the patch.
    const serving = values.serve ? await import('../preview/preview-server.ts') : undefined;
    const other = serving?.runningAstroDev(PROJECT_ROOT);
    if (other) {
      throw new InputError(`astro dev is running in ${PROJECT_ROOT} (pid ${other.pid}${other.url ? `, ${other.url}` : ''}): the preview server would share its content store`, {
        hint: 'stop it first (a preview server is an astro dev server with the patched content)',
      });
    }
    const server = serving && (takeEarlyServer(port) ?? serving.startPreviewServer(PROJECT_ROOT, port, io.env));
    try {
      const cache = values['no-cache'] ? undefined : cacheDir(io.env);
      const links = await siteLinks(values.site, io);
      const { opened, hideVersion, root } = await openPreviewTree(values.kernel, io, cache);
      const emitDir = values.emit === undefined ? undefined : path.resolve(io.cwd, values.emit);
      const problem = emitDir && emitDirProblem(emitDir, root);
      if (problem) throw new UsageError(`--emit: ${problem}`);

      const read = await readPatchMessages(positionals[0], io);
      const config = await readChecksConfig(io.cwd);
      const compute = () =>
        previewPatch(opened, read.messages, read.source, {
          cacheDir: cache,
          links,
          hideVersion,
          readDiagnostics: read.diagnostics,
          progress: io.progress,
          illustrativeKfuncs: config.illustrativeKfuncs,
        });
      const json = values.format === 'json';
      const printReport = (outcome: PreviewOutcome) => report(outcome, { io, json, emitDir, strict: Boolean(values.strict), label: opened.source });
      if (!serving || !server) return printReport(await compute());
      const { servePreview } = await import('../preview/serve-preview.ts');
      return await servePreview(server, {
        root: PROJECT_ROOT,
        config: await projectSiteConfig(io),
        tree: { opened, root, ref: parseKernelSpec(values.kernel).ref },
        cacheDir: cache,
        compute,
        printReport,
        say: json ? io.stderr : io.stdout,
        warn: io.stderr,
        progress: io.progress,
      });
    } finally {
      if (serving && server) await serving.closePreviewServer(server);
    }
  },
};

function report(outcome: PreviewOutcome, o: { io: CliIO; json: boolean; emitDir?: string; strict: boolean; label: string }): number {
  const { io } = o;
  if (!outcome.ok) {
    if (o.json) io.stdout(JSON.stringify({ schema: PREVIEW_SCHEMA, ok: false, patch: outcome.patch, failedAt: outcome.failedAt, diagnostics: outcome.diagnostics, failures: outcome.failures }, null, 2) + '\n');
    else io.stderr(formatApplyFailure(o.label, outcome.diagnostics, outcome.failures, { color: io.color, failedAt: outcome.failedAt }));
    return 1;
  }
  if (o.emitDir) {
    let written: string[];
    try {
      written = emitFiles(o.emitDir, outcome.patched);
    } catch (error) {
      throw new InputError(`cannot write the patched files: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: o.emitDir, hint: 'give a writable directory for --emit' });
    }
    io.stderr(`kfuncdoc preview: wrote ${written.length} patched file${written.length === 1 ? '' : 's'} under ${o.emitDir}\n`);
  }
  if (o.json) io.stdout(JSON.stringify(outcome.report, null, 2) + '\n');
  else io.stdout(formatPreviewText(outcome.report, { color: io.stdoutIsTTY && io.color }));
  const introduced = outcome.report.diagnostics.introduced.filter((d) => d.severity !== 'info');
  return o.strict && introduced.length ? 1 : 0;
}
