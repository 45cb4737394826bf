import type { EnqueueOptions } from '@shebalance/core';
import { assertJobName } from './registry';

export const DEFAULT_MAX_ATTEMPTS = 5;
const MAX_IDEMPOTENCY_KEY = 200;

export interface NormalizedEnqueue {
  name: string;
  delayMs: number;
  maxAttempts: number;
  idempotencyKey?: string;
  /** The payload as it will be stored (JSON round-trip: what a handler will receive). */
  payload: unknown;
}

/** Validates what both queues accept, so the two behave the same. */
export function normalizeEnqueue(
  name: string,
  payload: unknown,
  options: EnqueueOptions = {},
  defaultMaxAttempts = DEFAULT_MAX_ATTEMPTS,
): NormalizedEnqueue {
  assertJobName(name);
  const maxAttempts = options.maxAttempts ?? defaultMaxAttempts;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100) {
    throw new RangeError('maxAttempts must be an integer from 1 to 100');
  }
  const delayMs = options.delayMs ?? 0;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError('delayMs must be a non-negative number');
  const key = options.idempotencyKey;
  if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY)) {
    throw new RangeError(`idempotencyKey must be 1..${MAX_IDEMPOTENCY_KEY} characters`);
  }
  const json = JSON.stringify(payload ?? null);
  return {
    name,
    delayMs: Math.round(delayMs),
    maxAttempts,
    payload: JSON.parse(json) as unknown,
    ...(key !== undefined ? { idempotencyKey: key } : {}),
  };
}
