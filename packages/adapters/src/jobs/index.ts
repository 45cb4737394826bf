export { JobRegistry, PermanentJobError, assertJobName, errorText, type RegisterOptions } from './registry';
export { backoffDelay, backoffPolicy, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
export { normalizeEnqueue, DEFAULT_MAX_ATTEMPTS } from './options';
export {
  JOB_STATUSES,
  type JobStatus,
  type JobEvent,
  type JobWorker,
  type JobWorkerHooks,
  type JobView,
  type JobListFilter,
  type JobAdmin,
  type ManagedJobQueue,
} from './types';
export { dbJobQueue, type DbJobQueue, type DbJobQueueOptions } from './db-queue';
export { DbWorker, type DbWorkerOptions } from './db-worker';
export { bullmqJobQueue, type BullmqJobQueue, type BullmqJobQueueOptions } from './bullmq-queue';
export { BullWorker, type BullWorkerOptions } from './bullmq-worker';
export type { BullmqConnectionOptions } from './bullmq-shared';
