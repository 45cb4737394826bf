import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('the domain core stays pure', () => {
  it('refuses framework, driver and SDK imports inside packages/core', async () => {
    const eslint = new ESLint({ cwd: root });
    const lint = (code: string) =>
      eslint.lintText(code, { filePath: resolve(root, 'packages/core/src/usecases/example.ts') });
    for (const forbidden of [
      'fastify',
      'pg',
      'drizzle-orm',
      '@aws-sdk/client-s3',
      'node:fs',
      '@shebalance/db',
      'ioredis',
    ]) {
      const [result] = await lint(`import x from '${forbidden}';\nexport const y = x;\n`);
      expect(
        result!.messages.map((m) => m.ruleId),
        forbidden,
      ).toContain('no-restricted-imports');
    }
    const [ok] = await lint(`import { t } from '../i18n/messages';\nexport const y = t;\n`);
    expect(ok!.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });

  it('allows the same imports outside the core', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(`import Fastify from 'fastify';\nexport const app = Fastify;\n`, {
      filePath: resolve(root, 'apps/server/src/example.ts'),
    });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
