import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: lib/ and components/ in Node, happy-dom where a file asks for it.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/fixtures/**/*.test.ts'],
    setupFiles: ['test/unit/setup.ts'],
    globalSetup: ['test/unit/field-data-setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
