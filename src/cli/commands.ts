import type { Command } from './command.ts';

export interface CommandEntry {
  name: string;
  /** One line for `kfuncdoc --help`. */
  summary: string;
  /** The command's module is loaded only when it runs: each pulls in a different part of the pipeline. */
  load(): Promise<Command>;
  /**
   * Work to start before the command's module loads and while it does: the scans of its
   * `--kernel` trees, the preview server's process. `release` undoes what the command did not
   * take over (not called for `--help`).
   */
  startEarly?(argv: string[], env: NodeJS.ProcessEnv): Promise<{ release(): Promise<void> } | undefined>;
}

/** The whole-tree scans of the `--kernel` trees, for a command that scans them in this process (early-scans.ts). */
async function scanKernelsEarly(argv: string[], env: NodeJS.ProcessEnv): Promise<undefined> {
  (await import('./early-scans.ts')).startKernelScans(argv, env);
  return undefined;
}

/** Every command, in the order `kfuncdoc --help` lists them. */
export const commands: CommandEntry[] = [
  { name: 'build', summary: 'build the static site (the embedded sample when no kernel is configured)', load: async () => (await import('./build-command.ts')).buildCommand },
  { name: 'graph', summary: 'print the content graph of one or more kernel trees as JSON', load: async () => (await import('./graph-command.ts')).graphCommand, startEarly: scanKernelsEarly },
  { name: 'check', summary: 'check the guides and kfunc sources: numbering, labels, refs, doc↔code drift', load: async () => (await import('./check-command.ts')).checkCommand, startEarly: scanKernelsEarly },
  { name: 'sections', summary: 'map the sections of the guides between two trees: renumbered, added, removed, lost anchors', load: async () => (await import('./sections-command.ts')).sectionsCommand },
  { name: 'preview', summary: 'show what a patch (e-mail, mbox, diff) does to the guides, kfuncs and checks', load: async () => (await import('./preview-command.ts')).previewCommand,
    // The server first: its start-up is what `--serve`'s first page waits for.
    startEarly: async (argv, env) => {
      const server = await (await import('../preview/early-server.ts')).startServerEarly(argv, env);
      await scanKernelsEarly(argv, env);
      return server;
    },
  },
  { name: 'links', summary: 'print the Link: lines a patch should cite for what it deprecates, renames, removes', load: async () => (await import('./links-command.ts')).linksCommand, startEarly: scanKernelsEarly },
];
