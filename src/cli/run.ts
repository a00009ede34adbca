/** Entry point: `node src/cli/run.ts <command> …` (what `npm run kfuncdoc` and bin/kfuncdoc.js run). */
import { processIO } from './io.ts';
import { main } from './main.ts';

try {
  process.exitCode = await main(process.argv.slice(2), processIO());
} catch (error) {
  // Bad input never gets here (it is an InputError); this is our bug.
  const detail = process.env.KFUNCDOC_DEBUG ? `\n${(error as Error).stack}` : '\n  hint: set KFUNCDOC_DEBUG=1 for the stack, and please report it';
  process.stderr.write(`kfuncdoc: internal error: ${(error as Error).message}${detail}\n`);
  process.exitCode = 70;
}
