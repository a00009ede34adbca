/**
 * Reads the site configuration: `kfuncdoc.config.json` in the project root when present, then
 * the environment (`KFUNCDOC_KERNELS`, `KFUNCDOC_GRAPH`, `KFUNCDOC_SITE`, `KFUNCDOC_BASE`) on top.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultSiteConfig, kernelsFromEnv, SiteConfigError, type SiteConfig } from '../config/site-config.ts';

export const CONFIG_FILE = 'kfuncdoc.config.json';

async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    throw new Error('the top level must be an object such as { "kernels": ["../linux"] }');
  } catch (e) {
    throw new SiteConfigError(`${file}: not valid configuration JSON: ${(e as Error).message}`);
  }
}

/** Environment variables that override the file, as config fields. */
export function configFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    ...(env.KFUNCDOC_KERNELS?.trim() ? { kernels: kernelsFromEnv(env.KFUNCDOC_KERNELS) } : {}),
    ...(env.KFUNCDOC_GRAPH?.trim() ? { graph: env.KFUNCDOC_GRAPH.trim() } : {}),
    ...(env.KFUNCDOC_SITE?.trim() ? { site: env.KFUNCDOC_SITE.trim() } : {}),
    ...(env.KFUNCDOC_BASE?.trim() ? { base: env.KFUNCDOC_BASE.trim() } : {}),
  };
}

export async function readSiteConfig(root: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteConfig> {
  const file = path.join(root, CONFIG_FILE);
  const fromFile = await readConfigFile(file);
  const fromEnv = configFromEnv(env);
  const origin = Object.keys(fromEnv).length ? `${CONFIG_FILE} + KFUNCDOC_* environment` : CONFIG_FILE;
  const input = { ...fromFile, ...fromEnv };
  // Nothing configured: the defaults, without loading the schema (zod).
  if (!Object.keys(input).length) return defaultSiteConfig();
  const { parseSiteConfig } = await import('../config/site-config-schema.ts');
  return parseSiteConfig(input, origin);
}
