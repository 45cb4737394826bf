import type { FeatureKey } from './types';

/**
 * The default (weighted) ranking, as data. Score = Σ weightᵢ · featureᵢ / Σ weightᵢ over the features
 * that apply to the request, so a score is "share of the best possible match", 0–1.
 *
 * Features (all 0–1, higher is better):
 * - skill      verified skill score in the craft / 100
 * - onTime     share of her orders delivered on time
 * - rating     (average buyer rating − 1) / 4
 * - response   share of offers she answered
 * - proximity  1 − distance / maxDistanceKm; for "remote OK" requests 1 − min(distance, 2500 km) / 2500 km
 *              with a smaller weight (shipping still costs less from nearby)
 * - language   1 when she speaks one of the buyer's preferred languages, else 0
 *              (does not apply when the buyer has no preference)
 * - similarity cosine(her portfolio embedding, the buyer's reference embedding), clamped to 0–1
 *              (applies only when the buyer gave reference photos)
 */
export const DEFAULT_WEIGHTS: Readonly<Record<FeatureKey, number>> = Object.freeze({
  skill: 0.3,
  onTime: 0.15,
  rating: 0.1,
  response: 0.1,
  proximity: 0.15,
  language: 0.1,
  similarity: 0.1,
});

/** Weight of proximity when the buyer accepts remote work. */
export const REMOTE_PROXIMITY_WEIGHT = 0.05;
/** Beyond this, "remote OK" proximity is 0 (roughly the width of India). */
export const REMOTE_DISTANCE_SCALE_KM = 2500;

/**
 * An artisan with no history yet is scored with these priors instead of zeros, so newcomers are not
 * buried for lacking data (the fairness re-ranking then gives them exposure to earn a history).
 */
export const NO_HISTORY_PRIORS = Object.freeze({ onTimeRate: 0.85, rating: 4, responseRate: 0.8 });

/**
 * Value of a feature that does not apply to a request (no language preference, no reference photos)
 * or that cannot be computed for one artisan (no portfolio embedding yet): neutral, mid-scale.
 */
export const NEUTRAL_FEATURE = Object.freeze({ language: 0.5, similarity: 0.5 });

/** The weighted ranker's identity, stored with offers and outcomes. Bump when the weights change. */
export const WEIGHTED_RANKER_ID = 'weighted-v1';

/** The learned ranker replaces the weighted one only after this many labelled outcomes (and promotion). */
export const MIN_OUTCOMES_FOR_LEARNED = 200;
