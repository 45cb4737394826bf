/**
 * Exposure-aware re-ranking policy (FA*IR-style, deterministic).
 *
 * Protected: a qualified artisan who is a newcomer (joined less than `newcomerDays` ago) or
 * under-exposed (at most `lowExposureOffers` offers in the last 30 days).
 * Eligible for a boost: protected and scoring at least (k-th best score − `tolerance`), so a
 * clearly worse match is never pushed up.
 * Rule: build the top k position by position; at every prefix of length i the list must hold at least
 * ⌊protectedShare · i⌋ protected artisans (for k = 10 and 0.3: one by rank 4, two by rank 7, three by
 * rank 10). When a prefix falls short and an eligible protected artisan is left, the best of them takes
 * the place (best = higher score, then fewer recent offers, then original rank); otherwise the next
 * artisan in score order does. Ask the engine for `poolSize` matches and re-rank them to k.
 */
export interface FairnessPolicy {
  k: number;
  poolSize: number;
  protectedShare: number;
  /** In score units (the weighted score is 0–1, so 0.05 = five points out of 100). */
  tolerance: number;
  newcomerDays: number;
  lowExposureOffers: number;
}

export const DEFAULT_FAIRNESS_POLICY: FairnessPolicy = Object.freeze({
  k: 10,
  poolSize: 50,
  protectedShare: 0.3,
  tolerance: 0.05,
  newcomerDays: 60,
  lowExposureOffers: 1,
});

export type Boost = 'newcomer' | 'under_exposed';

const DAY_MS = 86_400_000;

/** Why she is protected (newcomer wins when both apply), or null. */
export function protectedReason(
  joinedAt: Date,
  offers30d: number,
  now: Date,
  policy: FairnessPolicy,
): Boost | null {
  if (now.getTime() - joinedAt.getTime() < policy.newcomerDays * DAY_MS) return 'newcomer';
  if (offers30d <= policy.lowExposureOffers) return 'under_exposed';
  return null;
}
