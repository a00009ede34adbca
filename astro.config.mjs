// @ts-check
// Astro settings only: kernels, base URL and link templates are kfuncdoc's own config
// (kfuncdoc.config.json or KFUNCDOC_* variables), read by the integration. The settings are in
// src/integration/astro-config.ts, which kfuncdoc's own Astro processes pass to Astro directly.
import { defineConfig } from 'astro/config';
import { kfuncdocAstroConfig } from './src/integration/astro-config.ts';

export default defineConfig(kfuncdocAstroConfig());
