import type { Clock } from '@shebalance/core';
import type { Database } from '@shebalance/db';
import { jobRepository, type JobRecord } from '@shebalance/db/jobs/index';
import { normalizeEnqueue, DEFAULT_MAX_ATTEMPTS } from './options';
import { pageOf, type JobStatus, type JobView, type ManagedJobQueue } from './types';

export interface DbJobQueueOptions {
  clock?: Clock;
  defaultMaxAttempts?: number;
  /** Called after a job is stored (e.g. `worker.wake()` so an in-process worker starts it at once). */
  onEnqueued?: (job: { id: string; name: string }) => void;
}

export interface DbJobQueue extends ManagedJobQueue {
  readonly kind: 'db';
  getJob(id: string): Promise<JobView | undefined>;
  /** Deletes done jobs finished more than `olderThanMs` ago (their idempotency keys become free). */
  purgeDone(olderThanMs: number): Promise<number>;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * The embedded JobQueue: jobs are rows in the `jobs` table, so they survive restarts and are visible to
 * every process sharing the database. Run them with a `DbWorker`.
 */
export function dbJobQueue(db: Database, options: DbJobQueueOptions = {}): DbJobQueue {
  const repo = jobRepository(db);
  const clock = options.clock ?? systemClock;
  const defaultMaxAttempts = options.defaultMaxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  return {
    kind: 'db',

    async enqueue(name, payload, enqueueOptions) {
      const job = normalizeEnqueue(name, payload, enqueueOptions, defaultMaxAttempts);
      const runAt = new Date(clock.now().getTime() + job.delayMs);
      const { job: row, created } = await repo.insert({
        name: job.name,
        payload: job.payload,
        runAt,
        maxAttempts: job.maxAttempts,
        ...(job.idempotencyKey !== undefined ? { idempotencyKey: job.idempotencyKey } : {}),
      });
      if (created) options.onEnqueued?.({ id: row.id, name: row.name });
      return { id: row.id, created };
    },

    async listJobs(filter = {}) {
      const rows = await repo.list({ ...pageOf(filter), status: filter.status, name: filter.name });
      return rows.map(toView);
    },

    countsByStatus: () => repo.countsByStatus(),

    retryDeadJob: (id) => (isUuid(id) ? repo.retryDead(id, clock.now()) : Promise.resolve(false)),

    async getJob(id) {
      if (!isUuid(id)) return undefined;
      const row = await repo.get(id);
      return row ? toView(row) : undefined;
    },

    purgeDone: (olderThanMs) => repo.purgeDone(new Date(clock.now().getTime() - olderThanMs)),

    ping: () => repo.ping(),

    async close() {
      /* the database handle belongs to the caller */
    },
  };
}

export function toView(row: JobRecord): JobView {
  return {
    id: row.id,
    name: row.name,
    status: row.status as JobStatus,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    payload: row.payload,
    runAt: row.runAt,
    lastError: row.lastError,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
