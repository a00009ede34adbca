import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where kfuncdoc keeps its caches: never inside a kernel tree (trees are read-only to us).
 * `KFUNCDOC_CACHE_DIR` wins, then `$XDG_CACHE_HOME/kfuncdoc`, then `~/.cache/kfuncdoc`.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KFUNCDOC_CACHE_DIR) return path.resolve(env.KFUNCDOC_CACHE_DIR);
  const base = env.XDG_CACHE_HOME ? path.resolve(env.XDG_CACHE_HOME) : path.join(homedir(), '.cache');
  return path.join(base, 'kfuncdoc');
}
