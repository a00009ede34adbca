import type { CliIO } from './io.ts';

export interface Command {
  name: string;
  /** One line for `kfuncdoc --help`. */
  summary: string;
  /** The whole `--help` text of the command. */
  usage: string;
  /** Returns the exit code: 0 done, 1 input errors or findings, 2 usage. */
  run(argv: string[], io: CliIO): Promise<number>;
}
