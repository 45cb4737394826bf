import { defineConfig } from 'vitest/config';

/** Browser journeys: the real server over a test database, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TEST_DB: 'pglite' },
  },
});
