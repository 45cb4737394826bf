import type { JobQueue } from '@shebalance/core';

export const JOB_STATUSES = ['queued', 'running', 'retry', 'done', 'dead'] as const;
/** queued (waiting) → running → done | retry (waiting for backoff) | dead (dead letter: out of attempts). */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** What a worker reports after each attempt, for metrics (`jobs_processed_total{name,outcome}`) and logs. */
export interface JobEvent {
  /** completed; failed (a retry is scheduled); dead (no attempts left, or a permanent error). */
  type: 'completed' | 'failed' | 'dead';
  id: string;
  name: string;
  attempt: number;
  durationMs: number;
  error?: string;
  retryAt?: Date;
}

export interface JobWorkerHooks {
  onEvent?: (event: JobEvent) => void;
  /** Infrastructure errors (database or Redis unreachable); the worker keeps polling. */
  onError?: (error: unknown) => void;
}

export interface JobWorker {
  /** Begins polling in the background. */
  start(): void;
  /** Stops taking jobs and waits for the ones in flight (up to `graceMs`, when given). */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** Runs due jobs until none are left; returns how many attempts ran. For tests and one-shot CLIs. */
  drain(): Promise<number>;
}

/** One job as the admin endpoint shows it. */
export interface JobView {
  id: string;
  name: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  payload: unknown;
  runAt: Date | null;
  lastError: string | null;
  createdAt: Date | null;
  finishedAt: Date | null;
}

export interface JobListFilter {
  status?: JobStatus;
  name?: string;
  /** 1..200, default 50. */
  limit?: number;
  offset?: number;
}

export interface JobAdmin {
  /** Newest first. */
  listJobs(filter?: JobListFilter): Promise<JobView[]>;
  countsByStatus(): Promise<Record<JobStatus, number>>;
  /** Re-queues a dead job with a fresh set of attempts; false when there is no such dead job. */
  retryDeadJob(id: string): Promise<boolean>;
}

/** What the composition root gets from either implementation. */
export interface ManagedJobQueue extends JobQueue, JobAdmin {
  readonly kind: 'db' | 'bullmq';
  /** Throws when the backing store is unreachable (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function pageOf(filter: JobListFilter = {}): { limit: number; offset: number } {
  const limit = Math.min(200, Math.max(1, Math.floor(filter.limit ?? 50)));
  const offset = Math.max(0, Math.floor(filter.offset ?? 0));
  return { limit, offset };
}

export function emptyCounts(): Record<JobStatus, number> {
  return Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
}
