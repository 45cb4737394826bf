import type { JobContext, JobHandler } from '@shebalance/core';

const NAME_PATTERN = /^[a-z][a-z0-9._:-]{0,99}$/;

/** Thrown by a handler (or a payload parser) for a job that can never succeed: it is dead-lettered at once. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

export interface RegisterOptions<T> {
  /** Validates and types the stored payload (e.g. a zod schema's `parse`); a throw dead-letters the job. */
  parse?: (payload: unknown) => T;
}

/**
 * Job name → handler, shared by the database worker and the BullMQ worker. Handlers must be idempotent:
 * a job runs at least once, and more than once when a worker dies mid-job or a retry follows a partial
 * success. Derive side effects from the payload (deterministic keys, upserts, "already done?" checks).
 */
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  register<T = unknown>(
    name: string,
    handler: (payload: T, context: JobContext) => Promise<void>,
    options: RegisterOptions<T> = {},
  ): this {
    assertJobName(name);
    if (this.handlers.has(name)) throw new Error(`A handler for job "${name}" is already registered`);
    const { parse } = options;
    this.handlers.set(name, async (payload, context) => {
      let typed: T;
      try {
        typed = parse ? parse(payload) : (payload as T);
      } catch (err) {
        throw new PermanentJobError(`Invalid payload for job "${name}": ${errorText(err)}`, { cause: err });
      }
      await handler(typed, context);
    });
    return this;
  }

  get(name: string): JobHandler | undefined {
    return this.handlers.get(name);
  }

  has(name: string): boolean {
    return this.handlers.has(name);
  }

  names(): string[] {
    return [...this.handlers.keys()].sort();
  }
}

export function assertJobName(name: string): string {
  if (!NAME_PATTERN.test(name))
    throw new Error(`Invalid job name ${JSON.stringify(name)}: use [a-z][a-z0-9._:-]{0,99}`);
  return name;
}

const MAX_ERROR_LENGTH = 2000;

/** A bounded, single-value description of a failure for `last_error` (no stack: it may hold payload data). */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
