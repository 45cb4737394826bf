import type { Clock } from '@shebalance/core';
import {
  BullWorker,
  bullmqJobQueue,
  DbWorker,
  dbJobQueue,
  JobRegistry,
  type JobEvent,
  type JobWorker,
  type ManagedJobQueue,
} from '@shebalance/adapters/jobs/index';
import type { Database } from '@shebalance/db';
import type { Config } from '../config';

export interface Jobs {
  queue: ManagedJobQueue;
  registry: JobRegistry;
  /** Creates the worker for this process (in the API process by default, or in `npm run worker`). */
  createWorker(hooks: { onEvent?: (e: JobEvent) => void; onError?: (e: unknown) => void }): JobWorker;
}

/** The durable job queue: the database by default, BullMQ when REDIS_URL is set. */
export function createJobs(config: Config, db: Database, clock: Clock): Jobs {
  const registry = new JobRegistry();
  if (config.REDIS_URL) {
    const connection = { redisUrl: config.REDIS_URL, prefix: config.REDIS_PREFIX };
    return {
      queue: bullmqJobQueue(connection),
      registry,
      createWorker: (hooks) =>
        new BullWorker({ ...connection, registry, concurrency: config.JOB_CONCURRENCY, ...hooks }),
    };
  }
  let wake: (() => void) | undefined;
  return {
    queue: dbJobQueue(db, { clock, onEnqueued: () => wake?.() }),
    registry,
    createWorker(hooks) {
      const worker = new DbWorker(db, {
        registry,
        concurrency: config.JOB_CONCURRENCY,
        pollIntervalMs: config.JOB_POLL_INTERVAL_MS,
        clock,
        ...hooks,
      });
      wake = () => worker.wake();
      return worker;
    },
  };
}
