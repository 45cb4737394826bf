import type { Match } from '../matching/types';
import { DEFAULT_FAIRNESS_POLICY, protectedReason, type Boost, type FairnessPolicy } from './policy';

export interface FairMatch extends Match {
  /** Set when the fairness rule moved her into the list ahead of higher scores. */
  boost: Boost | null;
}

/**
 * Re-ranks a pool of matches (best first, e.g. the engine's top 50) into the top k under the policy in
 * policy.ts. `offers30d` maps artisan id → offers she received in the last 30 days (missing = 0).
 * Deterministic for the same inputs.
 */
export function rerankForFairness(
  pool: readonly Match[],
  offers30d: ReadonlyMap<string, number>,
  now: Date,
  policy: FairnessPolicy = DEFAULT_FAIRNESS_POLICY,
): FairMatch[] {
  const ranked = [...pool].sort((a, b) => a.rank - b.rank);
  const k = Math.min(policy.k, ranked.length);
  if (k === 0) return [];
  const cutoff = ranked[k - 1]!.score - policy.tolerance;
  const exposure = (m: Match) => offers30d.get(m.artisanId) ?? 0;
  const reason = new Map(ranked.map((m) => [m, protectedReason(m.joinedAt, exposure(m), now, policy)]));
  const eligible = (m: Match) => reason.get(m) !== null && m.score >= cutoff;
  const remaining = new Set(ranked);
  const out: FairMatch[] = [];
  let protectedCount = 0;
  for (let i = 1; i <= k; i++) {
    const natural = ranked.find((m) => remaining.has(m))!;
    let pick = natural;
    if (protectedCount < Math.floor(policy.protectedShare * i)) {
      const best = ranked
        .filter((m) => remaining.has(m) && eligible(m))
        .sort((a, b) => b.score - a.score || exposure(a) - exposure(b) || a.rank - b.rank)[0];
      if (best) pick = best;
    }
    remaining.delete(pick);
    const why = reason.get(pick) ?? null;
    if (why) protectedCount++;
    const boost = pick !== natural ? why : null;
    const reasons = boost
      ? [{ key: boost === 'newcomer' ? 'newcomer_boost' : 'fair_share_boost', params: {} }, ...pick.reasons]
      : pick.reasons;
    out.push({ ...pick, rank: i, reasons, boost });
  }
  return out;
}
