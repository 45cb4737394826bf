import { defineConfig } from 'vitest/config';

/** Unit tests of the web app (pure logic, IndexedDB through fake-indexeddb): no browser, no database. */
export default defineConfig({
  test: {
    name: 'web',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
