export interface BackoffPolicy {
  /** Delay before the first retry. */
  baseMs: number;
  /** Upper bound for any single delay. */
  maxMs: number;
  /** Extra random delay as a fraction of the exponential delay (0.2 → up to +20%), so retries spread out. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60 * 60_000, jitter: 0.2 };

export function backoffPolicy(overrides: Partial<BackoffPolicy> = {}): BackoffPolicy {
  const policy = { ...DEFAULT_BACKOFF, ...overrides };
  if (
    !(policy.baseMs >= 0) ||
    !(policy.maxMs >= policy.baseMs) ||
    !(policy.jitter >= 0 && policy.jitter <= 1)
  ) {
    throw new RangeError('Backoff needs 0 ≤ baseMs ≤ maxMs and 0 ≤ jitter ≤ 1');
  }
  return policy;
}

/**
 * Delay before the next try after `attemptsMade` failed attempts (≥ 1): `base · 2^(attemptsMade-1)`,
 * plus up to `jitter` of that at random, never above `maxMs`.
 */
export function backoffDelay(
  attemptsMade: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.min(attemptsMade - 1, 40));
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.min(policy.maxMs, Math.round(exponential * (1 + policy.jitter * random())));
}
