// @ts-check
// Astro settings only: kernels, base URL and link templates are kfuncdoc's own config
// (kfuncdoc.config.json or KFUNCDOC_* variables), read by the integration.
import { defineConfig } from 'astro/config';
import kfuncdoc from './src/integration/index.ts';

export default defineConfig({
  integrations: [kfuncdoc()],
  build: { format: 'directory' },
  vite: { logLevel: 'warn' },
});
