import type { Command } from './command.ts';

export interface CommandEntry {
  name: string;
  /** One line for `kfuncdoc --help`. */
  summary: string;
  /** The command's module is loaded only when it runs: each pulls in a different part of the pipeline. */
  load(): Promise<Command>;
  /** It scans its `--kernel` trees in this process: the scans start before it loads (early-scans.ts). */
  scansKernels?: boolean;
  /** Work to start before the command's module loads (the preview server's process); `release` undoes what the command did not take over. */
  startEarly?(argv: string[], env: NodeJS.ProcessEnv): Promise<{ release(): Promise<void> } | undefined>;
}

/** Every command, in the order `kfuncdoc --help` lists them. */
export const commands: CommandEntry[] = [
  { name: 'build', summary: 'build the static site (the embedded sample when no kernel is configured)', load: async () => (await import('./build-command.ts')).buildCommand },
  { name: 'graph', summary: 'print the content graph of one or more kernel trees as JSON', load: async () => (await import('./graph-command.ts')).graphCommand, scansKernels: true },
  { name: 'check', summary: 'check the guides and kfunc sources: numbering, labels, refs, doc↔code drift', load: async () => (await import('./check-command.ts')).checkCommand, scansKernels: true },
  { name: 'sections', summary: 'map the sections of the guides between two trees: renumbered, added, removed, lost anchors', load: async () => (await import('./sections-command.ts')).sectionsCommand },
  { name: 'preview', summary: 'show what a patch (e-mail, mbox, diff) does to the guides, kfuncs and checks', load: async () => (await import('./preview-command.ts')).previewCommand,
    scansKernels: true,
    startEarly: async (argv, env) => (await import('../preview/early-server.ts')).startServerEarly(argv, env),
  },
  { name: 'links', summary: 'print the Link: lines a patch should cite for what it deprecates, renames, removes', load: async () => (await import('./links-command.ts')).linksCommand, scansKernels: true },
];
