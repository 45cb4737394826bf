import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bullmqJobQueue, type BullmqJobQueue } from './bullmq-queue';
import { BullWorker, type BullWorkerOptions } from './bullmq-worker';
import { JobRegistry, PermanentJobError } from './registry';
import type { JobEvent } from './types';

/** Against a real Redis (TEST_REDIS_URL). Skipped without one locally; in CI a missing Redis fails the run. */
const redisUrl = process.env.TEST_REDIS_URL;
const run = redisUrl || process.env.CI === 'true' ? describe : describe.skip;

run('bullmqJobQueue + BullWorker (Redis)', () => {
  const url = redisUrl ?? 'redis://127.0.0.1:6379';
  const prefix = `sbtest-${randomBytes(4).toString('hex')}`;
  let queueName = '';
  let queue: BullmqJobQueue;
  const workers: BullWorker[] = [];
  let n = 0;

  /** A fresh BullMQ queue per test, so tests never see each other's jobs. */
  beforeEach(async () => {
    await queue?.close();
    queueName = `q${++n}`;
    queue = bullmqJobQueue({ redisUrl: url, prefix, queueName });
  });
  beforeAll(async () => {
    const probe = new Redis(url, { maxRetriesPerRequest: 1 });
    await probe.ping();
    probe.disconnect();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await queue?.close();
    const redis = new Redis(url);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  });

  const worker = (registry: JobRegistry, extra: Partial<BullWorkerOptions> = {}) => {
    const events: JobEvent[] = [];
    const w = new BullWorker({
      redisUrl: url,
      prefix,
      queueName,
      registry,
      backoff: { baseMs: 20, maxMs: 200, jitter: 0.2 },
      onEvent: (e) => events.push(e),
      ...extra,
    });
    workers.push(w);
    return Object.assign(w, { events });
  };

  it('runs a job once with its payload', async () => {
    const seen: unknown[] = [];
    const registry = new JobRegistry().register('photo.score', async (payload, ctx) => {
      seen.push({ payload, attempt: ctx.attempt });
    });
    const { id, created } = await queue.enqueue('photo.score', { photoId: 'p-1' });
    expect(created).toBe(true);
    const w = worker(registry);
    expect(await w.drain()).toBe(1);
    expect(seen).toEqual([{ payload: { photoId: 'p-1' }, attempt: 1 }]);
    expect(await queue.getJob(id)).toMatchObject({ status: 'done', attempts: 1 });
    expect(w.events.map((e) => e.type)).toEqual(['completed']);
  });

  it('enqueues once per idempotency key (keys may contain ":")', async () => {
    const a = await queue.enqueue('otp.send', { n: 1 }, { idempotencyKey: 'otp:+919800000001:1' });
    const b = await queue.enqueue('otp.send', { n: 2 }, { idempotencyKey: 'otp:+919800000001:1' });
    expect(b).toEqual({ id: a.id, created: false });
    const runs: unknown[] = [];
    expect(await worker(new JobRegistry().register('otp.send', async (p) => void runs.push(p))).drain()).toBe(
      1,
    );
    expect(runs).toEqual([{ n: 1 }]);
  });

  it('retries with backoff until the handler succeeds', async () => {
    let calls = 0;
    const registry = new JobRegistry().register('flaky', async () => {
      calls += 1;
      if (calls < 3) throw new Error(`transient ${calls}`);
    });
    const { id } = await queue.enqueue('flaky', {}, { maxAttempts: 5 });
    const w = worker(registry);
    expect(await w.drain()).toBe(3);
    expect(await queue.getJob(id)).toMatchObject({ status: 'done', attempts: 3 });
    expect(w.events.map((e) => [e.type, e.attempt])).toEqual([
      ['failed', 1],
      ['failed', 2],
      ['completed', 3],
    ]);
    expect(w.events[0]?.error).toBe('Error: transient 1');
  });

  it('dead-letters after maxAttempts and lets an admin retry the dead job', async () => {
    let healthy = false;
    const registry = new JobRegistry().register('sms', async () => {
      if (!healthy) throw new Error('gateway down');
    });
    const { id } = await queue.enqueue('sms', { to: 'x' }, { maxAttempts: 3 });
    const w = worker(registry);
    expect(await w.drain()).toBe(3);
    expect(w.events.map((e) => e.type)).toEqual(['failed', 'failed', 'dead']);
    expect(await queue.getJob(id)).toMatchObject({
      status: 'dead',
      attempts: 3,
      lastError: 'Error: gateway down',
    });
    expect((await queue.countsByStatus()).dead).toBe(1);
    expect((await queue.listJobs({ status: 'dead' })).map((j) => j.id)).toEqual([id]);

    healthy = true;
    expect(await queue.retryDeadJob(id)).toBe(true);
    expect(await queue.retryDeadJob(id)).toBe(false);
    expect(await w.drain()).toBe(1);
    expect(await queue.getJob(id)).toMatchObject({ status: 'done' });
  });

  it('dead-letters at once on a permanent error', async () => {
    const registry = new JobRegistry().register('gone', async () => {
      throw new PermanentJobError('photo was deleted');
    });
    const { id } = await queue.enqueue('gone', {}, { maxAttempts: 5 });
    expect(await worker(registry).drain()).toBe(1);
    expect(await queue.getJob(id)).toMatchObject({ status: 'dead', attempts: 1 });
  });

  it('a new worker picks up jobs enqueued while no worker ran, and re-runs a dead worker’s stalled job', async () => {
    const runs: string[] = [];
    let hang = true;
    let started!: () => void;
    const startedOnce = new Promise<void>((r) => (started = r));
    const registry = new JobRegistry().register<{ which: string }>('report', async (p, ctx) => {
      runs.push(`${p.which}#${ctx.attempt}`);
      if (hang && p.which === 'stalls') {
        started();
        await new Promise(() => undefined);
      }
    });
    await queue.enqueue('report', { which: 'stalls' });
    const crashing = worker(registry, { leaseMs: 1_000, stalledIntervalMs: 500, concurrency: 1 });
    crashing.start();
    await startedOnce;
    await crashing.stop({ graceMs: 0 });
    hang = false;
    await queue.enqueue('report', { which: 'waiting' });

    const restarted = worker(registry, { leaseMs: 1_000, stalledIntervalMs: 200 });
    await restarted.drain();
    expect(runs.sort()).toEqual(['stalls#1', 'stalls#2', 'waiting#1']);
    expect((await queue.countsByStatus()).done).toBe(2);
  });

  it('refuses bad names and options like the database queue', async () => {
    await expect(queue.enqueue('Bad Name', {})).rejects.toThrow(/Invalid job name/);
    await expect(queue.enqueue('ok', {}, { maxAttempts: 0 })).rejects.toThrow(RangeError);
    await queue.ping();
  });
});
