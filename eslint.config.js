// @ts-check
import tseslint from 'typescript-eslint';

/** Frameworks, drivers and SDKs the pure domain core must never import. */
const forbiddenInCore = [
  'fastify',
  'fastify-*',
  '@fastify/*',
  'pg',
  '@electric-sql/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'ioredis',
  'bullmq',
  '@aws-sdk/*',
  'sharp',
  '@tensorflow/*',
  'nsfwjs',
  'jose',
  'otplib',
  'pino',
  'react',
  'react-dom',
  'node:fs',
  'fs',
  'node:http',
  'http',
  'node:net',
  'net',
  '@shebalance/db',
  '@shebalance/adapters',
  '@shebalance/server',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'coverage/**',
      'apps/web/dev-dist/**',
      '.tmp/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: forbiddenInCore,
              message: 'packages/core is the pure domain: depend on a port instead.',
            },
          ],
        },
      ],
    },
  },
);
