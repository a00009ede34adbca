import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, readChecksConfig } from '../config/read-checks-config.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes.ts';
import { InputError } from '../sources/kernel-tree.ts';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { formatDiagnosticsText, formatSummary } from '../diagnostics/format-text.ts';
import { buildGraph } from '../pipeline/build-graph.ts';
import { UsageError } from './cli-error.ts';
import type { Command } from './command.ts';
import { KERNEL_HELP } from './graph-command.ts';
import { openTrees } from './open-trees.ts';
import { parseOptions } from './parse-options.ts';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export const checkCommand: Command = {
  name: 'check',
  summary: 'check the guides and kfunc sources: numbering, labels, refs, doc↔code drift',
  usage: `usage: kfuncdoc check --kernel SPEC [--kernel SPEC …] [--format text|json] [--strict]

Prints diagnostics as compilers do (path:line:col: severity: message [code]), a code
frame on a terminal, then a summary. Exits 1 when there are errors (warnings too with
--strict), 0 otherwise.

${KERNEL_HELP}
  --format F      text (default) or json
  --strict        exit 1 on warnings too
  --suppress CODE leave out a diagnostic code; repeat, or list them in
                  kfuncdoc.config.json under checks.suppress
  --notes         show notes (info) too, e.g. kfuncs without kernel-doc`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      kernel: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean' },
      suppress: { type: 'string', multiple: true },
      notes: { type: 'boolean' },
      'no-cache': { type: 'boolean' },
    });
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format is text or json, not '${values.format}'`);
    const config = await readChecksConfig(io.cwd);
    const { trees, cache } = await openTrees(values.kernel, io, values['no-cache']);
    const { graph } = await buildGraph(trees, { cacheDir: cache, progress: io.progress, illustrativeKfuncs: config.illustrativeKfuncs, callSites: false });
    for (const code of values.suppress ?? []) if (!DIAGNOSTIC_CODES.has(code)) throw new UsageError(`--suppress ${code}: no such diagnostic code (see the README, section "Checks")`);
    for (const code of config.suppress) {
      if (!DIAGNOSTIC_CODES.has(code)) throw new InputError(`checks.suppress: no such diagnostic code '${code}'`, { file: CONFIG_FILE, hint: 'see the README, section "Checks", for the codes' });
    }
    const suppressed = new Set([...config.suppress, ...(values.suppress ?? [])]);
    const minimum = values.notes || values.format === 'json' ? 0 : 1;
    const kept = graph.diagnostics.filter((d) => !suppressed.has(d.code) && RANK[d.severity] >= minimum);
    const rootOf = new Map(trees.map((t) => [t.version, 'root' in t.tree ? String((t.tree as { root: string }).root) : undefined]));
    const shown = kept.map((d) => localize(d, rootOf.get(d.version ?? '') ?? (trees.length === 1 ? rootOf.get(trees[0].version) : undefined), io.cwd));
    if (values.format === 'json') {
      io.stdout(JSON.stringify({ diagnostics: shown, summary: formatSummary(shown) }, null, 2) + '\n');
    } else {
      const sources = io.stdoutIsTTY ? (file: string) => safeRead(path.resolve(io.cwd, file)) : undefined;
      if (shown.length) io.stdout(formatDiagnosticsText(shown, { sources, color: io.stdoutIsTTY && io.color }) + '\n');
      const hidden = graph.diagnostics.length - kept.length;
      io.stdout(`${formatSummary(kept)}${hidden ? ` (${hidden} not shown: notes or suppressed)` : ''}\n`);
    }
    const failing = kept.some((d) => d.severity === 'error' || (values.strict && d.severity === 'warning'));
    return failing ? 1 : 0;
  },
};

/** Paths relative to where the user stands, so an editor's quickfix list opens them. */
function localize(d: Diagnostic, root: string | undefined, cwd: string): Diagnostic {
  if (!root) return d;
  const at = (file: string) => {
    const full = path.join(root, file);
    const relative = path.relative(cwd, full);
    return relative.startsWith('..') ? full : relative || file;
  };
  return { ...d, file: at(d.file), ...(d.related ? { related: { ...d.related, file: at(d.related.file) } } : {}) };
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
