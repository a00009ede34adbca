/**
 * kfuncdoc's command line. Only this layer prints and picks exit codes:
 * 0 done, 1 input errors (and findings for `check`/`preview --strict`), 2 usage.
 */
import { InputError } from '../sources/kernel-tree.ts';
import { UsageError } from './cli-error.ts';
import type { Command } from './command.ts';
import type { CliIO } from './io.ts';
import { commands, type CommandEntry } from './commands.ts';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: kfuncdoc <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'kfuncdoc <command> --help' for a command's options.",
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`kfuncdoc: unknown command '${name}'\n\n${overview()}`);
    return 2;
  }
  const help = rest.includes('--help') || rest.includes('-h');
  const early = help ? undefined : await entry.startEarly?.(rest, io.env);
  try {
    return await runCommand(entry, rest, io, help);
  } finally {
    await early?.release();
  }
}

async function runCommand(entry: CommandEntry, rest: string[], io: CliIO, help: boolean): Promise<number> {
  const command: Command = await entry.load();
  if (help) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kfuncdoc ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
      io.stderr(`kfuncdoc: ${where}error: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
      return 1;
    }
    throw error;
  }
}
