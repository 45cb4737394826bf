/** Durable background work. Handlers must be idempotent: a job may run more than once. */
export interface EnqueueOptions {
  /** Jobs with the same key are enqueued once. */
  idempotencyKey?: string;
  delayMs?: number;
  maxAttempts?: number;
}

export interface JobQueue {
  enqueue(
    name: string,
    payload: unknown,
    options?: EnqueueOptions,
  ): Promise<{ id: string; created: boolean }>;
}

export interface JobContext {
  id: string;
  name: string;
  attempt: number;
}

export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;
