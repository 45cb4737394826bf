import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobRepository } from '@shebalance/db/jobs/index';
import { openJobsTestDatabase, type JobsTestDatabase } from '@shebalance/db/jobs/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localObjectStore } from '../storage/local';
import { fixedClock } from '../system';
import { dbJobQueue } from './db-queue';
import { DbWorker, type DbWorkerOptions } from './db-worker';
import { JobRegistry, PermanentJobError } from './registry';
import type { JobEvent } from './types';

/** Runs on PGlite, and on PostgreSQL in the 'postgres' project (TEST_DB=postgres). */
describe(`dbJobQueue + DbWorker (${process.env.TEST_DB ?? 'pglite'})`, () => {
  let testDb: JobsTestDatabase;
  const clock = fixedClock(new Date('2025-06-01T08:00:00Z'));
  const backoff = { baseMs: 1_000, maxMs: 60_000, jitter: 0.2 };

  beforeAll(async () => {
    testDb = await openJobsTestDatabase();
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  const db = () => testDb.handle.db;
  const queue = () => dbJobQueue(db(), { clock });
  const worker = (registry: JobRegistry, extra: Partial<DbWorkerOptions> = {}) => {
    const events: JobEvent[] = [];
    const w = new DbWorker(db(), { registry, clock, backoff, onEvent: (e) => events.push(e), ...extra });
    return Object.assign(w, { events });
  };
  /** Unique job names per test, so tests sharing the database never see each other's jobs. */
  let n = 0;
  let name = '';
  beforeEach(() => {
    name = `test.job-${++n}`;
  });

  it('runs a job once with its payload and attempt number', async () => {
    const seen: unknown[] = [];
    const registry = new JobRegistry().register<{ photoId: string }>(name, async (payload, ctx) => {
      seen.push({ payload, attempt: ctx.attempt, name: ctx.name });
    });
    const { id, created } = await queue().enqueue(name, { photoId: 'p-1' });
    expect(created).toBe(true);
    const w = worker(registry);
    expect(await w.drain()).toBe(1);
    expect(await w.drain()).toBe(0);
    expect(seen).toEqual([{ payload: { photoId: 'p-1' }, attempt: 1, name }]);
    const job = await queue().getJob(id);
    expect(job).toMatchObject({ status: 'done', attempts: 1, lastError: null });
    expect(job?.finishedAt).toEqual(clock.now());
    expect(w.events.map((e) => [e.type, e.id])).toEqual([['completed', id]]);
  });

  it('enqueues once per idempotency key and returns the existing job', async () => {
    const q = queue();
    const first = await q.enqueue(name, { n: 1 }, { idempotencyKey: `score:${name}` });
    const second = await q.enqueue(name, { n: 2 }, { idempotencyKey: `score:${name}` });
    expect(second).toEqual({ id: first.id, created: false });
    const runs: unknown[] = [];
    await worker(new JobRegistry().register(name, async (p) => void runs.push(p))).drain();
    expect(runs).toEqual([{ n: 1 }]);
    const third = await q.enqueue(name, { n: 3 }, { idempotencyKey: `score:${name}` });
    expect(third).toEqual({ id: first.id, created: false });
  });

  it('does not run a delayed job before it is due', async () => {
    const runs: number[] = [];
    const registry = new JobRegistry().register(name, async () => void runs.push(1));
    await queue().enqueue(name, {}, { delayMs: 5 * 60_000 });
    const w = worker(registry);
    expect(await w.drain()).toBe(0);
    clock.advance(5 * 60_000);
    expect(await w.drain()).toBe(1);
    expect(runs).toHaveLength(1);
  });

  it('retries a failing job with exponential backoff until it succeeds', async () => {
    let calls = 0;
    const registry = new JobRegistry().register(name, async () => {
      calls += 1;
      if (calls < 3) throw new Error(`transient failure ${calls}`);
    });
    const { id } = await queue().enqueue(name, {}, { maxAttempts: 5 });
    const w = worker(registry);

    const start1 = clock.now().getTime();
    expect(await w.drain()).toBe(1);
    let job = await queue().getJob(id);
    expect(job).toMatchObject({ status: 'retry', attempts: 1, lastError: 'Error: transient failure 1' });
    const delay1 = job!.runAt!.getTime() - start1;
    expect(delay1).toBeGreaterThanOrEqual(1_000);
    expect(delay1).toBeLessThanOrEqual(1_200);

    expect(await w.drain()).toBe(0);
    clock.advance(delay1);
    const start2 = clock.now().getTime();
    expect(await w.drain()).toBe(1);
    job = await queue().getJob(id);
    expect(job).toMatchObject({ status: 'retry', attempts: 2 });
    const delay2 = job!.runAt!.getTime() - start2;
    expect(delay2).toBeGreaterThanOrEqual(2_000);
    expect(delay2).toBeLessThanOrEqual(2_400);

    clock.advance(delay2);
    expect(await w.drain()).toBe(1);
    job = await queue().getJob(id);
    expect(job).toMatchObject({ status: 'done', attempts: 3, lastError: null });
    expect(w.events.map((e) => e.type)).toEqual(['failed', 'failed', 'completed']);
    expect(w.events[0]?.retryAt?.getTime()).toBe(start1 + delay1);
  });

  it('dead-letters after maxAttempts, keeps the error, and can be retried by an admin', async () => {
    let healthy = false;
    const registry = new JobRegistry().register(name, async () => {
      if (!healthy) throw new Error('SMS gateway down');
    });
    const q = queue();
    const { id } = await q.enqueue(name, { to: 'x' }, { maxAttempts: 3 });
    const w = worker(registry);
    for (let i = 0; i < 3; i++) {
      expect(await w.drain()).toBe(1);
      clock.advance(60_000);
    }
    expect(await w.drain()).toBe(0);
    const dead = await q.getJob(id);
    expect(dead).toMatchObject({
      status: 'dead',
      attempts: 3,
      maxAttempts: 3,
      lastError: 'Error: SMS gateway down',
    });
    expect(w.events.map((e) => e.type)).toEqual(['failed', 'failed', 'dead']);
    expect((await q.countsByStatus()).dead).toBeGreaterThanOrEqual(1);
    expect((await q.listJobs({ status: 'dead', name })).map((j) => j.id)).toEqual([id]);

    expect(await q.retryDeadJob(id)).toBe(true);
    expect(await q.retryDeadJob(id)).toBe(false);
    expect(await q.retryDeadJob('not-a-uuid')).toBe(false);
    healthy = true;
    expect(await w.drain()).toBe(1);
    expect(await q.getJob(id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('dead-letters at once on a permanent error or an invalid payload', async () => {
    const registry = new JobRegistry()
      .register(name, async () => {
        throw new PermanentJobError('photo was deleted');
      })
      .register(`${name}.typed`, async () => undefined, {
        parse: (p) => {
          if (typeof (p as { id?: unknown }).id !== 'string') throw new Error('id must be a string');
          return p as { id: string };
        },
      });
    const a = await queue().enqueue(name, {});
    const b = await queue().enqueue(`${name}.typed`, { id: 42 });
    await worker(registry).drain();
    expect(await queue().getJob(a.id)).toMatchObject({ status: 'dead', attempts: 1 });
    const typed = await queue().getJob(b.id);
    expect(typed).toMatchObject({ status: 'dead', attempts: 1 });
    expect(typed?.lastError).toMatch(/Invalid payload .* id must be a string/);
  });

  it('survives a restart: a new worker picks up queued jobs and reclaims an expired lease', async () => {
    const leaseMs = 30_000;
    const q = queue();
    const orphan = await q.enqueue(name, { which: 'orphan' });
    clock.advance(1);
    const queued = await q.enqueue(name, { which: 'queued' });
    // A worker claims the oldest job and dies without finishing it (the claim is the worker's own SQL).
    const crashed = await jobRepository(db()).claim({
      workerId: 'crashed-worker',
      names: [name],
      limit: 1,
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + leaseMs),
    });
    expect(crashed.map((j) => j.id)).toEqual([orphan.id]);

    await testDb.reopen();

    const runs: string[] = [];
    const registry = new JobRegistry().register<{ which: string }>(name, async (p, ctx) => {
      runs.push(`${p.which}#${ctx.attempt}`);
    });
    const w = worker(registry, { leaseMs });
    expect(await w.drain()).toBe(1);
    expect(runs).toEqual(['queued#1']);
    expect(await queue().getJob(orphan.id)).toMatchObject({ status: 'running' });

    clock.advance(leaseMs + 1);
    expect(await w.drain()).toBe(1);
    expect(runs).toEqual(['queued#1', 'orphan#2']);
    expect(await queue().getJob(orphan.id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await queue().getJob(queued.id)).toMatchObject({ status: 'done', attempts: 1 });
    // The dead worker, had it come back, can no longer overwrite the outcome.
    expect(await jobRepository(db()).complete(orphan.id, 'crashed-worker', clock.now())).toBe(false);
  });

  it('dead-letters a job whose worker keeps dying once its attempts are used up', async () => {
    const { id } = await queue().enqueue(name, {}, { maxAttempts: 1 });
    const repo = jobRepository(db());
    await repo.claim({
      workerId: 'w',
      names: [name],
      limit: 1,
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 1_000),
    });
    clock.advance(1_001);
    expect(await worker(new JobRegistry().register(name, async () => undefined)).drain()).toBe(0);
    const job = await queue().getJob(id);
    expect(job).toMatchObject({ status: 'dead', attempts: 1 });
    expect(job?.lastError).toMatch(/lease expired/);
  });

  it('lets two workers share the table without running any job twice', async () => {
    const counts = new Map<number, number>();
    const registry = new JobRegistry().register<{ i: number }>(name, async ({ i }) => {
      counts.set(i, (counts.get(i) ?? 0) + 1);
    });
    for (let i = 0; i < 12; i++) await queue().enqueue(name, { i });
    const [a, b] = [worker(registry, { concurrency: 3 }), worker(registry, { concurrency: 3 })];
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    expect(ranA + ranB).toBe(12);
    expect([...counts.values()]).toEqual(Array(12).fill(1));
  });

  it('start() runs jobs in the background and stop() waits for the job in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const registry = new JobRegistry().register(name, async () => {
      started();
      await gate;
    });
    const w = worker(registry, { pollIntervalMs: 20 });
    const { id } = await dbJobQueue(db(), { clock, onEnqueued: () => w.wake() }).enqueue(name, {});
    w.start();
    await running;
    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await queue().getJob(id)).toMatchObject({ status: 'done' });
  });

  it('makes a handler idempotent by deriving its side effect from the payload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-jobs-effects-'));
    const store = localObjectStore(dir);
    let writes = 0;
    // The pattern: deterministic output key + "already done?" check, so a re-run after a crash is harmless.
    const registry = new JobRegistry().register<{ photoId: string }>(name, async ({ photoId }, ctx) => {
      const key = `derived/thumbs/${photoId}.txt`;
      if (!(await store.exists(key))) {
        await store.put(key, Buffer.from(`thumb of ${photoId}`), 'text/plain');
        writes += 1;
      }
      if (ctx.attempt === 1) throw new Error('connection lost after writing');
    });
    const { id } = await queue().enqueue(name, { photoId: 'ph-9' });
    const w = worker(registry);
    await w.drain();
    clock.advance(60_000);
    await w.drain();
    expect(await queue().getJob(id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(writes).toBe(1);
    expect(await store.list('derived/')).toEqual(['derived/thumbs/ph-9.txt']);
    await rm(dir, { recursive: true, force: true });
  });

  it('lists, counts and purges for the admin view', async () => {
    const q = queue();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await q.enqueue(name, { i })).id);
    const page = await q.listJobs({ name, limit: 2, offset: 0 });
    expect(page).toHaveLength(2);
    const rest = await q.listJobs({ name, limit: 2, offset: 2 });
    expect(new Set([...page, ...rest].map((j) => j.id))).toEqual(new Set(ids));
    expect((await q.listJobs({ name, status: 'queued' })).length).toBe(3);
    const counts = await q.countsByStatus();
    expect(Object.keys(counts).sort()).toEqual(['dead', 'done', 'queued', 'retry', 'running']);
    expect(counts.queued).toBeGreaterThanOrEqual(3);

    await worker(new JobRegistry().register(name, async () => undefined)).drain();
    clock.advance(8 * 86_400_000);
    expect(await q.purgeDone(7 * 86_400_000)).toBeGreaterThanOrEqual(3);
    expect(await q.listJobs({ name })).toEqual([]);
    await q.ping();
  });

  it('refuses bad names, options and payloads that are not JSON', async () => {
    const q = queue();
    await expect(q.enqueue('Bad Name', {})).rejects.toThrow(/Invalid job name/);
    await expect(q.enqueue(name, {}, { maxAttempts: 0 })).rejects.toThrow(RangeError);
    await expect(q.enqueue(name, {}, { delayMs: -1 })).rejects.toThrow(RangeError);
    await expect(q.enqueue(name, { big: 1n })).rejects.toThrow(TypeError);
    const { id } = await q.enqueue(name, undefined);
    expect((await q.getJob(id))?.payload).toBeNull();
  });
});
