import { buildCommand } from './build-command.ts';
import { checkCommand } from './check-command.ts';
import type { Command } from './command.ts';
import { graphCommand } from './graph-command.ts';
import { linksCommand } from './links-command.ts';
import { previewCommand } from './preview-command.ts';
import { sectionsCommand } from './sections-command.ts';

/** Every command, in the order `kfuncdoc --help` lists them. */
export const commands: Command[] = [buildCommand, graphCommand, checkCommand, sectionsCommand, previewCommand, linksCommand];
