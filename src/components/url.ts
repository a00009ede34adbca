import { withBase } from '../integration/graph-context.ts';

/** A site path with Astro's base, e.g. `href('/kfuncs/')`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
