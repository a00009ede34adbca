/**
 * Joins the site base and a root-relative path.
 * @example withBase('/kfuncdoc/', '/kfuncs/') // '/kfuncdoc/kfuncs/'
 */
export function withBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + path;
}
