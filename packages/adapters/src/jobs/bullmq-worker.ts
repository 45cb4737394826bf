import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { backoffDelay, backoffPolicy, type BackoffPolicy } from './backoff';
import {
  BACKOFF_TYPE,
  connectRedis,
  loadBullmq,
  resolveNames,
  type BullmqConnectionOptions,
} from './bullmq-shared';
import { errorText, PermanentJobError, type JobRegistry } from './registry';
import type { JobEvent, JobWorker, JobWorkerHooks } from './types';

export interface BullWorkerOptions extends BullmqConnectionOptions, JobWorkerHooks {
  registry: JobRegistry;
  concurrency?: number;
  /** BullMQ lock duration: a job whose worker stops renewing it for this long is stalled and re-run (default 60 s). */
  leaseMs?: number;
  /** How often stalled jobs are looked for (default leaseMs / 2). */
  stalledIntervalMs?: number;
  backoff?: Partial<BackoffPolicy>;
  random?: () => number;
  /** How often `drain()` checks the queue (default 25 ms). */
  drainCheckMs?: number;
}

/** Carries the delay we computed for the next try from the processor to BullMQ's backoff strategy. */
class RetryableJobError extends Error {
  constructor(
    message: string,
    readonly retryDelayMs: number,
  ) {
    super(message);
    this.name = 'RetryableJobError';
  }
}

/**
 * Runs the registry's handlers on BullMQ with the same semantics as `DbWorker`: attempts and exponential
 * backoff with jitter from our BackoffPolicy, dead letter (BullMQ `failed`) after the last attempt or a
 * PermanentJobError, stalled-job recovery (BullMQ's lock + stalled checker), the same JobEvents.
 */
export class BullWorker implements JobWorker {
  private readonly options: BullWorkerOptions;
  private readonly backoff: BackoffPolicy;
  private readonly random: () => number;
  private ready: Promise<{ worker: Worker; queue: Queue; redis: Redis }> | undefined;
  private attemptsRun = 0;

  constructor(options: BullWorkerOptions) {
    this.options = options;
    this.backoff = backoffPolicy(options.backoff);
    this.random = options.random ?? Math.random;
  }

  start(): void {
    this.ready ??= this.open();
    this.ready.catch((err) => this.report(err));
  }

  async stop(options: { graceMs?: number } = {}): Promise<void> {
    const ready = this.ready;
    this.ready = undefined;
    if (!ready) return;
    const { worker, queue, redis } = await ready;
    const closing = worker.close();
    if (options.graceMs === undefined) await closing;
    else await Promise.race([closing, new Promise((r) => setTimeout(r, options.graceMs).unref())]);
    await queue.close();
    await redis.quit().catch(() => undefined);
  }

  /** Starts the worker if needed and waits until no job is waiting, delayed or active. For tests. */
  async drain(): Promise<number> {
    const wasRunning = this.ready !== undefined;
    // Counted before starting: the worker may finish a job while its connection is still being opened.
    const before = this.attemptsRun;
    this.start();
    const { queue } = await this.ready!;
    const pause = this.options.drainCheckMs ?? 25;
    for (;;) {
      const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
      if (Object.values(c).every((n) => n === 0)) break;
      await new Promise((r) => setTimeout(r, pause));
    }
    const ran = this.attemptsRun - before;
    if (!wasRunning) await this.stop();
    return ran;
  }

  private async open(): Promise<{ worker: Worker; queue: Queue; redis: Redis }> {
    const { prefix, queueName } = resolveNames(this.options);
    const [{ Worker, Queue, UnrecoverableError }, redis] = await Promise.all([
      loadBullmq(),
      connectRedis(this.options.redisUrl, true),
    ]);
    const leaseMs = this.options.leaseMs ?? 60_000;
    const worker = new Worker(queueName, (job: Job) => this.process(job, UnrecoverableError), {
      connection: redis,
      prefix,
      concurrency: Math.max(1, this.options.concurrency ?? 4),
      lockDuration: leaseMs,
      stalledInterval: this.options.stalledIntervalMs ?? Math.floor(leaseMs / 2),
      maxStalledCount: 1,
      settings: {
        backoffStrategy: (attemptsMade: number, type?: string, err?: Error) =>
          type === BACKOFF_TYPE && err instanceof RetryableJobError
            ? err.retryDelayMs
            : backoffDelay(attemptsMade, this.backoff, this.random),
      },
    });
    worker.on('error', (err) => this.report(err));
    const queue = new Queue(queueName, { connection: redis, prefix });
    await worker.waitUntilReady();
    return { worker, queue, redis };
  }

  private async process(job: Job, Unrecoverable: new (message: string) => Error): Promise<void> {
    // attemptsStarted also counts runs cut short by a dead worker (stalled), like the database queue.
    const attempt = Math.max(job.attemptsStarted ?? 0, job.attemptsMade + 1);
    const base = { id: String(job.id), name: job.name, attempt };
    const started = performance.now();
    const handler = this.options.registry.get(job.name);
    try {
      if (!handler) throw new PermanentJobError(`No handler registered for job "${job.name}"`);
      await handler(job.data, { ...base });
    } catch (err) {
      this.attemptsRun += 1;
      const durationMs = performance.now() - started;
      const error = errorText(err);
      const maxAttempts = job.opts.attempts ?? 1;
      if (err instanceof PermanentJobError || attempt >= maxAttempts) {
        this.emit({ type: 'dead', ...base, durationMs, error });
        throw new Unrecoverable(error);
      }
      const delay = backoffDelay(attempt, this.backoff, this.random);
      this.emit({ type: 'failed', ...base, durationMs, error, retryAt: new Date(Date.now() + delay) });
      throw new RetryableJobError(error, delay);
    }
    this.attemptsRun += 1;
    this.emit({ type: 'completed', ...base, durationMs: performance.now() - started });
  }

  private emit(event: JobEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch (err) {
      this.report(err);
    }
  }

  private report(err: unknown): void {
    try {
      this.options.onError?.(err);
    } catch {
      /* a failing error hook must not stop the worker */
    }
  }
}
