/**
 * The schema of the site's configuration (zod), loaded only when there is configuration to
 * validate: a run with no kfuncdoc.config.json and no KFUNCDOC_* variables takes the defaults
 * (defaultSiteConfig() in site-config.ts, equal to this schema's, as a test checks) and never
 * loads zod (~35 ms of every command's start).
 */
import { z } from 'zod';
import { ChecksConfigSchema } from './checks-config.ts';
import { SAMPLE_KERNELS, SOURCE_URL_DEFAULT, MESSAGE_ID_URL_DEFAULT, SITE_DEFAULT, SiteConfigError, type SiteConfig } from './site-config.ts';

const template = (placeholder: string, example: string) =>
  z
    .string()
    .refine((t) => t.includes(`{${placeholder}}`), {
      error: `must contain {${placeholder}}, e.g. "${example}"`,
    });

export const SiteConfigSchema = z.strictObject({
  /**
   * Kernel trees, oldest or newest first (they are sorted by version): `DIR`, `DIR@GITREF`
   * or `DIR=7.2` (a version label for a tree whose Makefile should not be trusted).
   * Relative paths are resolved against the project root. Defaults to the embedded sample.
   */
  kernels: z.array(z.string().trim().min(1, { error: 'a kernel spec cannot be empty' })).min(1).default(SAMPLE_KERNELS),
  /**
   * A graph JSON written by `kfuncdoc graph --out FILE`, used instead of reading `kernels`
   * (fast rebuilds of the site alone).
   */
  graph: z.string().min(1).optional(),
  /** Where the site is deployed, for canonical URLs, the sitemap and the Atom feed. */
  site: z.url({ error: 'must be an absolute URL such as "https://kfuncs.example.org"' }).default(SITE_DEFAULT),
  /** Path prefix when the site is served below the host's root, e.g. `/kfuncs/`. */
  base: z
    .string()
    .regex(/^\//, { error: 'must start with "/", e.g. "/" or "/kfuncdoc/"' })
    .default('/'),
  /**
   * Source links: `{release}` (7.2.13), `{version}` (7.2), `{file}` and `{line}` are filled in.
   * `versions` overrides the template per version key, e.g. for a git tree at a ref that Elixir
   * does not have.
   */
  sourceUrl: z
    .strictObject({
      default: template('file', SOURCE_URL_DEFAULT).default(SOURCE_URL_DEFAULT),
      versions: z.record(z.string().regex(/^\d+\.\d+$/, { error: 'version keys look like "7.2"' }), template('file', SOURCE_URL_DEFAULT)).default({}),
    })
    .prefault({}),
  /** Mailing-list links for a patch: `{messageId}` is the Message-ID without angle brackets. */
  messageIdUrl: template('messageId', MESSAGE_ID_URL_DEFAULT).default(MESSAGE_ID_URL_DEFAULT),
  /** What `kfuncdoc check` leaves out and allows; see src/config/checks-config.ts. */
  checks: ChecksConfigSchema.prefault({}),
});

/**
 * Validates a configuration, naming the file and field of every problem.
 * @example parseSiteConfig({ base: 'docs' }, 'kfuncdoc.config.json') // throws: kfuncdoc.config.json: base: must start with "/" …
 */
export function parseSiteConfig(input: unknown, origin: string): SiteConfig {
  const result = SiteConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; known fields: ${Object.keys(SiteConfigSchema.shape).join(', ')}`
        : issue.code === 'invalid_key'
          ? (issue.issues[0]?.message ?? issue.message)
          : issue.message;
    return `${origin}: ${where}: ${message}`;
  });
  throw new SiteConfigError(lines.join('\n'));
}
