import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/real-tree/**', 'tests/browser/**', 'node_modules/**'],
  },
});
