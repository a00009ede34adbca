/** Entry point: `node src/cli/run.ts <command> …` (what `npm run kfuncdoc` and bin/kfuncdoc.js run). */
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Node strips TypeScript types at every start (~0.15 s for our modules); its compile cache keeps
// the compiled code, so later starts take ~0.04 s. It belongs to the installed code, like
// Python's __pycache__, not to the data caches (KFUNCDOC_CACHE_DIR): it lives in node_modules.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (!process.env.KFUNCDOC_NO_COMPILE_CACHE) module.enableCompileCache?.(path.join(ROOT, 'node_modules', '.cache', 'kfuncdoc-compile'));

const { processIO } = await import('./io.ts');
const { main } = await import('./main.ts');
try {
  process.exitCode = await main(process.argv.slice(2), processIO());
} catch (error) {
  // Bad input never gets here (it is an InputError); this is our bug.
  const detail = process.env.KFUNCDOC_DEBUG ? `\n${(error as Error).stack}` : '\n  hint: set KFUNCDOC_DEBUG=1 for the stack, and please report it';
  process.stderr.write(`kfuncdoc: internal error: ${(error as Error).message}${detail}\n`);
  process.exitCode = 70;
}
