/**
 * The site's permanent URLs for what a patch touches. They name kfuncs and flags, never section
 * numbers, so they survive renumbering; a renamed kfunc's old page points to the new one.
 */
export interface Permalinks {
  /** The site root with its base, no trailing slash: `https://kfuncdoc.invalid`. */
  readonly root: string;
  kfunc(name: string): string;
  /** The deprecation notice on the kfunc's page. */
  notice(name: string): string;
  flag(name: string): string;
}

/**
 * @example permalinks('https://kfuncs.example.org', '/docs/').notice('bpf_foo') // 'https://kfuncs.example.org/docs/kfuncs/bpf_foo/#deprecation'
 */
export function permalinks(site: string, base = '/'): Permalinks {
  const root = site.replace(/\/+$/, '') + ('/' + base.replace(/^\/+|\/+$/g, '')).replace(/\/$/, '');
  const page = (kind: string, name: string) => `${root}/${kind}/${encodeURIComponent(name)}/`;
  return {
    root,
    kfunc: (name) => page('kfuncs', name),
    notice: (name) => `${page('kfuncs', name)}#deprecation`,
    flag: (name) => page('flags', name),
  };
}
