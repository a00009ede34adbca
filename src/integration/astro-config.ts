/**
 * The site's Astro settings. astro.config.mjs exports them for `astro dev`; kfuncdoc's own Astro
 * processes (the build's, the preview server) pass them inline with `configFile: false`: Astro
 * would otherwise start a Vite server of its own only to load the config file through it (~0.1 s).
 */
import type { AstroInlineConfig } from 'astro';
import kfuncdoc from './index.ts';

export function kfuncdocAstroConfig(): AstroInlineConfig {
  return {
    integrations: [kfuncdoc()],
    build: { format: 'directory' },
    vite: { logLevel: 'warn' },
  };
}
