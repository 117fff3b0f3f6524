import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser compatibility: the built bundles against @mdn/browser-compat-data, so it runs after the builds.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/compat/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
