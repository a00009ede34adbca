/** The CLI's only contact with the terminal: what is printed where, and whether in colour. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress lines go to stderr only on a terminal, so pipes get nothing but the output. */
  progress: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CliIO {
  const stderrIsTTY = Boolean(process.stderr.isTTY);
  const color = stderrIsTTY && !process.env.NO_COLOR;
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: (text) => {
      if (stderrIsTTY) process.stderr.write(`\u001b[2m${text}\u001b[0m\n`);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY,
    color,
    env: process.env,
    cwd: process.cwd(),
  };
}
