import type * as BullMQ from 'bullmq';
import type { Job, JobState } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobStatus, JobView } from './types';

export interface BullmqConnectionOptions {
  redisUrl: string;
  /** Redis key prefix (default `sb`); use one per deployment or test run. */
  prefix?: string;
  /** One BullMQ queue carries every job name (default `jobs`). */
  queueName?: string;
}

/** The custom backoff type both sides agree on; the worker computes the delay with our BackoffPolicy. */
export const BACKOFF_TYPE = 'shebalance';
/** Completed jobs (and idempotency keys) are kept this long by default. */
export const DEFAULT_KEEP_DONE_SECONDS = 7 * 86_400;

export function resolveNames(options: BullmqConnectionOptions): { prefix: string; queueName: string } {
  return { prefix: options.prefix ?? 'sb', queueName: options.queueName ?? 'jobs' };
}

/** bullmq and ioredis are loaded on first use, so the embedded deployment never imports them. */
export async function loadBullmq(): Promise<typeof BullMQ> {
  return import('bullmq');
}

/** A connection suitable for BullMQ (workers need `maxRetriesPerRequest: null`). */
export async function connectRedis(url: string, forWorker: boolean): Promise<Redis> {
  const { Redis } = await import('ioredis');
  return new Redis(url, forWorker ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 3 });
}

export function statusOf(state: JobState | 'unknown', job: Pick<Job, 'attemptsMade'>): JobStatus {
  switch (state) {
    case 'completed':
      return 'done';
    case 'failed':
      return 'dead';
    case 'active':
      return 'running';
    case 'delayed':
      return job.attemptsMade > 0 ? 'retry' : 'queued';
    default:
      return 'queued';
  }
}

export function bullJobView(job: Job, state: JobState | 'unknown'): JobView {
  return {
    id: String(job.id),
    name: job.name,
    status: statusOf(state, job),
    attempts: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    payload: job.data,
    runAt: new Date(job.timestamp + (job.delay ?? 0)),
    lastError: job.failedReason || null,
    createdAt: new Date(job.timestamp),
    finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
  };
}

/** BullMQ states to scan for each of our statuses (queued/retry share `delayed`; filtered afterwards). */
export const STATES_FOR: Record<JobStatus, JobState[]> = {
  queued: ['waiting', 'prioritized', 'waiting-children', 'delayed'],
  running: ['active'],
  retry: ['delayed'],
  done: ['completed'],
  dead: ['failed'],
};
