/**
 * The site's configuration: which kernels to read and how to link out. Read from
 * `kfuncdoc.config.json` (optional) and the `KFUNCDOC_*` environment variables by
 * src/integration/site-config-fs.ts; validated here once, with errors that say how to fix them.
 */
import { z } from 'zod';
import { ChecksConfigSchema } from './checks-config.ts';

/** The embedded sample trees, used when no kernel is configured. Relative to the project root. */
export const SAMPLE_KERNELS = ['sample/linux-6.18', 'sample/linux-6.19', 'sample/linux-7.0'];

const template = (placeholder: string, example: string) =>
  z
    .string()
    .refine((t) => t.includes(`{${placeholder}}`), {
      error: `must contain {${placeholder}}, e.g. "${example}"`,
    });

const SOURCE_EXAMPLE = 'https://elixir.bootlin.com/linux/v{release}/source/{file}#L{line}';

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
  site: z.url({ error: 'must be an absolute URL such as "https://kfuncs.example.org"' }).default('https://kfuncdoc.invalid'),
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
      default: template('file', SOURCE_EXAMPLE).default(SOURCE_EXAMPLE),
      versions: z.record(z.string().regex(/^\d+\.\d+$/, { error: 'version keys look like "7.2"' }), template('file', SOURCE_EXAMPLE)).default({}),
    })
    .prefault({}),
  /** Mailing-list links for a patch: `{messageId}` is the Message-ID without angle brackets. */
  messageIdUrl: template('messageId', 'https://lore.kernel.org/r/{messageId}').default('https://lore.kernel.org/r/{messageId}'),
  /** What `kfuncdoc check` leaves out and allows; see src/config/checks-config.ts. */
  checks: ChecksConfigSchema.prefault({}),
});

/** The configuration as written (every field optional). */
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
/** The configuration with defaults applied. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;

export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
  }
}

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

/**
 * Splits `KFUNCDOC_KERNELS` (commas or newlines) into specs.
 * @example kernelsFromEnv('a, b\nc') // ['a', 'b', 'c']
 */
export function kernelsFromEnv(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Fills a source-link template for one version. */
export function sourceLink(config: SiteConfig, at: { version: string; release: string; file: string; line: number }): string {
  const t = config.sourceUrl.versions[at.version] ?? config.sourceUrl.default;
  return t
    .replaceAll('{release}', at.release)
    .replaceAll('{version}', at.version)
    .replaceAll('{file}', at.file)
    .replaceAll('{line}', String(at.line));
}

/**
 * @example messageLink(config, '<20260101.1@example.org>') // 'https://lore.kernel.org/r/20260101.1@example.org'
 */
export function messageLink(config: Pick<SiteConfig, 'messageIdUrl'>, messageId: string): string {
  return config.messageIdUrl.replaceAll('{messageId}', encodeURIComponent(messageId.replace(/^<|>$/g, '')).replace(/%40/g, '@'));
}
