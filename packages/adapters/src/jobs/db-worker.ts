import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Clock } from '@shebalance/core';
import type { Database } from '@shebalance/db';
import { jobRepository, type JobRecord, type JobRepository } from '@shebalance/db/jobs/index';
import { backoffDelay, backoffPolicy, type BackoffPolicy } from './backoff';
import { errorText, PermanentJobError, type JobRegistry } from './registry';
import type { JobEvent, JobWorker, JobWorkerHooks } from './types';

export interface DbWorkerOptions extends JobWorkerHooks {
  registry: JobRegistry;
  /** Jobs run at the same time by this worker (default 4). */
  concurrency?: number;
  /** How often an idle worker looks for due jobs (default 500 ms). */
  pollIntervalMs?: number;
  /** How long a claimed job stays ours without a heartbeat; a dead worker's jobs are retried after it (default 60 s). */
  leaseMs?: number;
  backoff?: Partial<BackoffPolicy>;
  clock?: Clock;
  random?: () => number;
  workerId?: string;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * Runs jobs from the `jobs` table. Each poll first returns expired leases to the queue (jobs of workers
 * that died), then atomically claims due jobs (`FOR UPDATE SKIP LOCKED`), so any number of workers in any
 * number of processes can share one database. A running job's lease is extended by a heartbeat.
 */
export class DbWorker implements JobWorker {
  readonly id: string;
  private readonly repo: JobRepository;
  private readonly registry: JobRegistry;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly hooks: JobWorkerHooks;
  private readonly inFlight = new Map<string, Promise<void>>();
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private pollAgain = false;

  constructor(db: Database, options: DbWorkerOptions) {
    this.repo = jobRepository(db);
    this.registry = options.registry;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.backoff = backoffPolicy(options.backoff);
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
    this.pollIntervalMs = Math.max(10, options.pollIntervalMs ?? 500);
    this.leaseMs = Math.max(1_000, options.leaseMs ?? 60_000);
    this.hooks = { onEvent: options.onEvent, onError: options.onError };
    this.id = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.heartbeat = setInterval(() => void this.extendLeases(), Math.floor(this.leaseMs / 3));
    this.heartbeat.unref();
    this.schedule(0);
  }

  /** Polls now instead of at the next interval (call after enqueueing in the same process). */
  wake(): void {
    if (this.running) this.schedule(0);
  }

  async stop(options: { graceMs?: number } = {}): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    clearInterval(this.heartbeat);
    await this.polling;
    const all = Promise.allSettled([...this.inFlight.values()]);
    if (options.graceMs === undefined) await all;
    else await Promise.race([all, new Promise((r) => setTimeout(r, options.graceMs).unref())]);
  }

  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.pollOnce();
      await Promise.allSettled([...this.inFlight.values()]);
      total += claimed;
      if (claimed === 0) return total;
    }
  }

  /** The poll timer is deliberately not unref'd: it keeps a standalone worker process alive until stop(). */
  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    if (!this.running) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.pollAgain = false;
    this.polling = this.pollOnce().then(
      () => undefined,
      (err) => this.report(err),
    );
    await this.polling;
    this.polling = undefined;
    if (this.running) this.schedule(this.pollAgain ? 0 : this.pollIntervalMs);
  }

  /** Reaps expired leases and claims as many due jobs as there are free slots; returns how many started. */
  private async pollOnce(): Promise<number> {
    const free = this.concurrency - this.inFlight.size;
    if (free <= 0) return 0;
    const now = this.clock.now();
    await this.repo.reapExpired(now);
    const claimed = await this.repo.claim({
      workerId: this.id,
      names: this.registry.names(),
      limit: free,
      now,
      leaseUntil: new Date(now.getTime() + this.leaseMs),
    });
    for (const job of claimed) {
      const run = this.execute(job).finally(() => {
        this.inFlight.delete(job.id);
        if (this.running) this.schedule(0);
      });
      this.inFlight.set(job.id, run);
    }
    return claimed.length;
  }

  private async execute(job: JobRecord): Promise<void> {
    const started = performance.now();
    const base = { id: job.id, name: job.name, attempt: job.attempts };
    const handler = this.registry.get(job.name);
    try {
      if (!handler) throw new PermanentJobError(`No handler registered for job "${job.name}"`);
      await handler(job.payload, { ...base });
    } catch (err) {
      const durationMs = performance.now() - started;
      const error = errorText(err);
      const now = this.clock.now();
      const exhausted = err instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      const retryAt = exhausted
        ? null
        : new Date(now.getTime() + backoffDelay(job.attempts, this.backoff, this.random));
      await this.repo.fail(job.id, this.id, error, retryAt, now).catch((e) => this.report(e));
      this.emit(
        retryAt
          ? { type: 'failed', ...base, durationMs, error, retryAt }
          : { type: 'dead', ...base, durationMs, error },
      );
      return;
    }
    const durationMs = performance.now() - started;
    await this.repo.complete(job.id, this.id, this.clock.now()).catch((e) => this.report(e));
    this.emit({ type: 'completed', ...base, durationMs });
  }

  private async extendLeases(): Promise<void> {
    if (this.inFlight.size === 0) return;
    const now = this.clock.now();
    await this.repo
      .extendLeases(this.id, [...this.inFlight.keys()], new Date(now.getTime() + this.leaseMs), now)
      .catch((err) => this.report(err));
  }

  private emit(event: JobEvent): void {
    try {
      this.hooks.onEvent?.(event);
    } catch (err) {
      this.report(err);
    }
  }

  private report(err: unknown): void {
    try {
      this.hooks.onError?.(err);
    } catch {
      /* a failing error hook must not stop the worker */
    }
  }
}
