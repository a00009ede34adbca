/**
 * The site's configuration: which kernels to read and how to link out. Read from
 * `kfuncdoc.config.json` (optional) and the `KFUNCDOC_*` environment variables by
 * src/integration/site-config-fs.ts; validated once by site-config-schema.ts, with errors that say
 * how to fix them. This module holds what every run needs, without zod.
 */
import type { z } from 'zod';
import { defaultChecksConfig } from './checks-defaults.ts';
import type { SiteConfigSchema } from './site-config-schema.ts';

/** The embedded sample trees, used when no kernel is configured. Relative to the project root. */
export const SAMPLE_KERNELS = ['sample/linux-6.18', 'sample/linux-6.19', 'sample/linux-7.0'];
export const SITE_DEFAULT = 'https://kfuncdoc.invalid';
export const SOURCE_URL_DEFAULT = 'https://elixir.bootlin.com/linux/v{release}/source/{file}#L{line}';
export const MESSAGE_ID_URL_DEFAULT = 'https://lore.kernel.org/r/{messageId}';

/** The configuration as written (every field optional). */
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
/** The configuration with defaults applied. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;

/** The configuration when nothing is configured: what the schema makes of `{}`. */
export function defaultSiteConfig(): SiteConfig {
  return {
    kernels: [...SAMPLE_KERNELS],
    site: SITE_DEFAULT,
    base: '/',
    sourceUrl: { default: SOURCE_URL_DEFAULT, versions: {} },
    messageIdUrl: MESSAGE_ID_URL_DEFAULT,
    checks: defaultChecksConfig(),
  };
}

export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
  }
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
