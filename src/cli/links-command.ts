import { linksFromPatches, linksFromReport, formatLinks, type PatchLink } from '../preview/patch-links.ts';
import { formatApplyFailure } from '../preview/format-apply-failure.ts';
import { previewPatch } from '../preview/preview-patch.ts';
import { selectPatches } from '../preview/select-patches.ts';
import { cacheDir } from '../sources/cache-dir.ts';
import { UsageError } from './cli-error.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { openPreviewTree, readPatchMessages, siteLinks } from './preview-command.ts';

export const linksCommand: Command = {
  name: 'links',
  summary: 'print the Link: lines a patch should cite for what it deprecates, renames, removes',
  usage: `usage: kfuncdoc links PATCH [--kernel SPEC] [--site URL]

Prints a "Link: <permalink>" line for each kfunc and flag the patch deprecates, renames or
removes, to cite in its commit message: a deprecation notice's permalink
(/kfuncs/<name>/#deprecation), an old name's page (it points to the new name), a removed
kfunc's or flag's page. The permalinks name kfuncs, never section numbers, so they survive
renumbering.

  PATCH           an mbox, an e-mail, a reply quoting the patch, a format-patch file or a
                  diff; - reads standard input
  --kernel SPEC   read what changes from the graphs of the tree and of the tree + patch;
                  without it, from the patch text (KF_DEPRECATED added to BTF_ID_FLAGS,
                  BTF_ID_FLAGS lines removed, "X() renamed to Y()", "X is deprecated", a
                  deprecation comment above a __bpf_kfunc definition, #define KF_* removed)
  --site URL      the site the links point to (default: kfuncdoc.config.json's site)
  --no-cache      neither read nor write kfuncdoc's caches

Exit status: 0 (also when there is nothing to cite: it says so on standard error), 1 bad
input (no patch, or with --kernel a hunk that does not apply), 2 usage.`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { kernel: { type: 'string' }, site: { type: 'string' }, 'no-cache': { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `one PATCH only, got ${positionals.length}: ${positionals.join(' ')}` : 'give the PATCH (a file, or - for standard input)');
    const links = await siteLinks(values.site, io);
    const cache = values['no-cache'] ? undefined : cacheDir(io.env);
    const tree = values.kernel ? await openPreviewTree(values.kernel, io, cache) : undefined;
    const read = await readPatchMessages(positionals[0], io);
    let found: PatchLink[];
    if (tree) {
      const outcome = await previewPatch(tree.opened, read.messages, read.source, { cacheDir: cache, links, hideVersion: tree.hideVersion, readDiagnostics: read.diagnostics });
      if (!outcome.ok) {
        io.stderr(formatApplyFailure(tree.opened.source, outcome.diagnostics, outcome.failures, { color: io.color, failedAt: outcome.failedAt }));
        return 1;
      }
      found = linksFromReport(outcome.report, links);
    } else {
      found = linksFromPatches(selectPatches(read.messages, read.source, read.diagnostics).items.map((i) => i.patch), links);
    }
    if (!found.length) io.stderr('kfuncdoc links: the patch deprecates, renames and removes no kfunc or flag: nothing to cite\n');
    io.stdout(formatLinks(found));
    return 0;
  },
};
