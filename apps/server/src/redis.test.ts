import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/harness';

/** Needs Redis: runs when TEST_REDIS_URL is set, and always (failing without Redis) under CI=true. */
const redisUrl =
  process.env.TEST_REDIS_URL ?? (process.env.CI === 'true' ? 'redis://127.0.0.1:6379' : undefined);
const suite = redisUrl ? describe : describe.skip;

suite('with REDIS_URL set', () => {
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const ctx = useTestApp({
    env: {
      REDIS_URL: redisUrl ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: prefix,
      RATE_LIMIT_PER_MINUTE: '3',
    },
  });

  it('keeps rate limits in Redis, shared by every instance', async () => {
    const ip = `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    const hit = () =>
      ctx.app.inject({
        method: 'GET',
        url: '/api/v1/artisans/00000000-0000-4000-8000-000000000000',
        remoteAddress: ip,
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await hit()).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const keys = await ctx.container.redis!.keys(`${prefix}-rl:*${ip}*`);
    expect(keys.length).toBeGreaterThan(0);
    const limited = await hit();
    expect(limited.headers['content-type']).toContain('application/problem+json');
    await ctx.container.redis!.del(...keys);
  });

  it('runs background jobs on BullMQ and reports Redis in /readyz', async () => {
    expect(ctx.container.jobs.queue.kind).toBe('bullmq');
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.json().checks).toMatchObject({ database: 'ok', queue: 'ok', redis: 'ok' });
  });
});
