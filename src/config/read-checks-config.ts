import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../sources/kernel-tree.ts';
import type { ChecksConfig } from './checks-config.ts';
import { defaultChecksConfig } from './checks-defaults.ts';

export const CONFIG_FILE = 'kfuncdoc.config.json';

/** Reads `checks` from kfuncdoc.config.json in `dir` (absent file or key: the defaults, without loading zod). */
export async function readChecksConfig(dir: string): Promise<ChecksConfig> {
  const file = path.join(dir, CONFIG_FILE);
  if (!existsSync(file)) return defaultChecksConfig();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`${CONFIG_FILE} is not valid JSON: ${(error as Error).message}`, { file, hint: 'fix the JSON syntax' });
  }
  const { ChecksConfigSchema } = await import('./checks-config.ts');
  const parsed = ChecksConfigSchema.safeParse((json as { checks?: unknown } | null)?.checks ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${CONFIG_FILE}: checks.${issue.path.join('.')}: ${issue.message}`, { file, hint: 'see the README, section "Checks"' });
  }
  return parsed.data;
}
