/** kfuncdoc's own directory: astro.config.mjs, content/, node_modules/ — the site the CLI builds and serves. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
