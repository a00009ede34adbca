import type { Command } from './command.ts';
import { graphCommand } from './graph-command.ts';

/** Every command, in the order `kfuncdoc --help` lists them. */
export const commands: Command[] = [graphCommand];
