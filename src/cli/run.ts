/** Entry point: `node src/cli/run.ts <command> …` (what `npm run kfuncdoc` and bin/kfuncdoc.js run). */
import module from 'node:module';
import { compileCacheDir } from '../compile-cache.ts';

// Node strips TypeScript types at every start (~0.15 s for our modules); with the compile cache
// later starts take ~0.04 s. Child processes get it through NODE_COMPILE_CACHE (fork-worker.ts).
const compileCache = compileCacheDir();
if (compileCache) module.enableCompileCache?.(compileCache);

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
