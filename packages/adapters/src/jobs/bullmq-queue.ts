import { createHash } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { backoffPolicy, type BackoffPolicy } from './backoff';
import {
  BACKOFF_TYPE,
  bullJobView,
  connectRedis,
  DEFAULT_KEEP_DONE_SECONDS,
  loadBullmq,
  resolveNames,
  STATES_FOR,
  type BullmqConnectionOptions,
} from './bullmq-shared';
import { DEFAULT_MAX_ATTEMPTS, normalizeEnqueue } from './options';
import { emptyCounts, pageOf, JOB_STATUSES, type JobView, type ManagedJobQueue } from './types';

export interface BullmqJobQueueOptions extends BullmqConnectionOptions {
  defaultMaxAttempts?: number;
  /** Only `baseMs` is stored with the job; the worker's policy decides the actual delays. */
  backoff?: Partial<BackoffPolicy>;
  /** How long completed jobs and idempotency keys are kept (default 7 days). Dead jobs are kept until retried or removed. */
  keepDoneSeconds?: number;
}

export interface BullmqJobQueue extends ManagedJobQueue {
  readonly kind: 'bullmq';
  getJob(id: string): Promise<JobView | undefined>;
}

const SCAN_LIMIT = 5_000;

/**
 * JobQueue on BullMQ (when REDIS_URL is set). Same contract as the database queue: an idempotency key
 * becomes the BullMQ job id (hashed: BullMQ ids may not contain ':'), attempts and backoff are BullMQ's,
 * and failed jobs that used up their attempts are the dead letters.
 */
export function bullmqJobQueue(options: BullmqJobQueueOptions): BullmqJobQueue {
  const { prefix, queueName } = resolveNames(options);
  const keepDoneSeconds = options.keepDoneSeconds ?? DEFAULT_KEEP_DONE_SECONDS;
  const baseMs = backoffPolicy(options.backoff).baseMs;
  let ready: Promise<{ queue: Queue; redis: Redis }> | undefined;

  const open = () =>
    (ready ??= (async () => {
      const [{ Queue }, redis] = await Promise.all([loadBullmq(), connectRedis(options.redisUrl, false)]);
      return { queue: new Queue(queueName, { connection: redis, prefix }), redis };
    })());

  async function scan(
    status: keyof typeof STATES_FOR,
    name: string | undefined,
    want: number,
  ): Promise<JobView[]> {
    const { queue } = await open();
    const out: JobView[] = [];
    const states = STATES_FOR[status];
    for (let start = 0; start < SCAN_LIMIT && out.length < want; start += 200) {
      const batch = await queue.getJobs(states, start, start + 199, false);
      for (const job of batch) {
        if (!job || (name && job.name !== name)) continue;
        const view = bullJobView(job, await job.getState());
        if (view.status === status) out.push(view);
      }
      if (batch.length < 200) break;
    }
    return out;
  }

  return {
    kind: 'bullmq',

    async enqueue(name, payload, enqueueOptions) {
      const job = normalizeEnqueue(
        name,
        payload,
        enqueueOptions,
        options.defaultMaxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      );
      const { queue, redis } = await open();
      const jobId = job.idempotencyKey
        ? `idem-${createHash('sha256').update(job.idempotencyKey).digest('base64url')}`
        : undefined;
      const added = await queue.add(job.name, job.payload, {
        ...(jobId ? { jobId } : {}),
        delay: job.delayMs,
        attempts: job.maxAttempts,
        backoff: { type: BACKOFF_TYPE, delay: baseMs },
        removeOnComplete: { age: keepDoneSeconds },
        removeOnFail: false,
      });
      if (!jobId) return { id: String(added.id), created: true };
      // BullMQ silently ignores an add whose id exists; the first caller to set this marker created the job.
      const marker = await redis.set(
        `${prefix}:${queueName}:sb-idem:${jobId}`,
        '1',
        'EX',
        keepDoneSeconds,
        'NX',
      );
      return { id: jobId, created: marker === 'OK' };
    },

    async listJobs(filter = {}) {
      const { limit, offset } = pageOf(filter);
      const statuses = filter.status ? [filter.status] : JOB_STATUSES;
      const all: JobView[] = [];
      for (const status of statuses) all.push(...(await scan(status, filter.name, offset + limit)));
      all.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
      return all.slice(offset, offset + limit);
    },

    async countsByStatus() {
      const { queue } = await open();
      const c = await queue.getJobCounts(
        'waiting',
        'prioritized',
        'waiting-children',
        'delayed',
        'active',
        'completed',
        'failed',
      );
      const counts = emptyCounts();
      counts.queued = (c.waiting ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0);
      counts.retry = c.delayed ?? 0; // delayed includes first runs scheduled for later
      counts.running = c.active ?? 0;
      counts.done = c.completed ?? 0;
      counts.dead = c.failed ?? 0;
      return counts;
    },

    async retryDeadJob(id) {
      const { queue } = await open();
      const job = await queue.getJob(id);
      if (!job || (await job.getState()) !== 'failed') return false;
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return true;
    },

    async getJob(id) {
      const { queue } = await open();
      const job = await queue.getJob(id);
      if (!job) return undefined;
      return bullJobView(job, await job.getState());
    },

    async ping() {
      const { redis } = await open();
      await redis.ping();
    },

    async close() {
      if (!ready) return;
      const { queue, redis } = await ready;
      await queue.close();
      await redis.quit().catch(() => undefined);
      ready = undefined;
    },
  };
}
