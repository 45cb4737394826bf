import { defineConfig } from 'vitest/config';

/**
 * One `npm test` runs every test on the embedded default (PGlite) and, when a PostgreSQL URL
 * is known (TEST_DATABASE_URL, or always under CI=true), the database-backed tests again on PostgreSQL.
 */
const isCI = process.env.CI === 'true';
const pgUrl =
  process.env.TEST_DATABASE_URL ?? (isCI ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined);
const redisUrl = process.env.TEST_REDIS_URL ?? (isCI ? 'redis://127.0.0.1:6379' : undefined);

const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  globalSetup: ['./test/global-setup.ts'],
};
const dbTests = ['apps/**/*.test.ts', 'packages/db/**/*.test.ts', 'packages/adapters/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: process.env.CI === 'true' ? ['default', 'junit'] : ['default'],
    outputFile: { junit: '.tmp/junit.xml' },
    projects: [
      'apps/web/vitest.config.ts',
      'e2e/vitest.config.ts',
      {
        test: {
          ...shared,
          name: 'pglite',
          include: ['{apps,packages}/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'apps/web/**', 'e2e/**'],
          env: { TEST_DB: 'pglite', ...(redisUrl ? { TEST_REDIS_URL: redisUrl } : {}) },
        },
      },
      ...(pgUrl
        ? [
            {
              test: {
                ...shared,
                name: 'postgres',
                include: dbTests,
                exclude: ['**/node_modules/**', 'apps/web/**'],
                env: {
                  TEST_DB: 'postgres',
                  TEST_DATABASE_URL: pgUrl,
                  ...(redisUrl ? { TEST_REDIS_URL: redisUrl } : {}),
                },
              },
            },
          ]
        : []),
    ],
  },
});
