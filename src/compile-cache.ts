/**
 * Node's compile cache for our processes: Node strips TypeScript types and compiles Astro's,
 * Vite's and our modules at every start; the cache keeps the compiled code, so later starts skip
 * it. It belongs to the installed code, like Python's __pycache__, not to the data caches
 * (KFUNCDOC_CACHE_DIR): it lives in node_modules. KFUNCDOC_NO_COMPILE_CACHE=1 turns it off.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/** The directory for NODE_COMPILE_CACHE, or undefined when turned off or already chosen by the user. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.KFUNCDOC_NO_COMPILE_CACHE) return undefined;
  return env.NODE_COMPILE_CACHE || path.join(PROJECT_ROOT, 'node_modules', '.cache', 'kfuncdoc-compile');
}

/** The environment for a child process of ours, with the compile cache passed on. */
export function withCompileCache(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const dir = compileCacheDir(env);
  return dir ? { ...env, NODE_COMPILE_CACHE: dir } : env;
}
