import type { FeatureKey, FeatureVector, RankContext, StaticFeature } from './types';
import { DEFAULT_WEIGHTS, REMOTE_PROXIMITY_WEIGHT, WEIGHTED_RANKER_ID } from './weights';

/**
 * Both rankers are linear in the features followed by a monotone link:
 *   raw   = bias + staticScale · (Σ staticCoefᵢ · staticᵢ) + Σ coefⱼ · dynamicⱼ
 *   score = link(raw)
 * The static part does not depend on the request, so an index can precompute it, sort by it and
 * stop scanning once the best still possible raw value cannot beat the current k-th match.
 */
export interface LinearForm {
  /** > 0. Multiplies the precomputed static part. */
  staticScale: number;
  proximity: number;
  language: number;
  similarity: number;
  bias: number;
}

export interface Ranker {
  /** Stored with offers and outcomes, e.g. 'weighted-v1' or 'logistic-20250101T000000Z-n480'. */
  readonly id: string;
  readonly kind: 'weighted' | 'logistic';
  readonly staticCoef: Readonly<Record<StaticFeature, number>>;
  form(ctx: RankContext): LinearForm;
  /** Monotone non-decreasing. */
  link(raw: number): number;
}

/** The request-independent part of raw; both matching paths call this with the same inputs. */
export function staticPart(
  c: Readonly<Record<StaticFeature, number>>,
  skill: number,
  onTime: number,
  rating: number,
  response: number,
): number {
  return c.skill * skill + c.onTime * onTime + c.rating * rating + c.response * response;
}

export function rawScore(
  form: LinearForm,
  stat: number,
  proximity: number,
  language: number,
  similarity: number,
) {
  return (
    form.bias +
    form.staticScale * stat +
    form.proximity * proximity +
    form.language * language +
    form.similarity * similarity
  );
}

/** Scores one feature vector (used for outcomes, evaluation and explanations). */
export function scoreFeatures(
  ranker: Ranker,
  ctx: RankContext,
  f: FeatureVector,
): { raw: number; score: number } {
  const stat = staticPart(ranker.staticCoef, f.skill, f.onTime, f.rating, f.response);
  const raw = rawScore(ranker.form(ctx), stat, f.proximity, f.language, f.similarity);
  return { raw, score: ranker.link(raw) };
}

/** How much each feature added to raw (the basis of "why you were matched"). */
export function contributions(
  ranker: Ranker,
  ctx: RankContext,
  f: FeatureVector,
): Record<FeatureKey, number> {
  const form = ranker.form(ctx);
  const c = ranker.staticCoef;
  return {
    skill: form.staticScale * c.skill * f.skill,
    onTime: form.staticScale * c.onTime * f.onTime,
    rating: form.staticScale * c.rating * f.rating,
    response: form.staticScale * c.response * f.response,
    proximity: form.proximity * f.proximity,
    language: form.language * f.language,
    similarity: form.similarity * f.similarity,
  };
}

const identity = (raw: number) => raw;

/**
 * The transparent default: weights as data (see weights.ts), normalised over the features that apply
 * to the request so the score reads as "share of a perfect match".
 */
export function createWeightedRanker(
  weights: Readonly<Record<FeatureKey, number>> = DEFAULT_WEIGHTS,
  remoteProximityWeight = REMOTE_PROXIMITY_WEIGHT,
  id = WEIGHTED_RANKER_ID,
): Ranker {
  for (const [key, w] of Object.entries(weights)) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight ${key} must be a finite number ≥ 0`);
  }
  const staticSum = weights.skill + weights.onTime + weights.rating + weights.response;
  if (!(staticSum > 0)) throw new RangeError('static weights must not all be 0');
  const staticCoef = Object.freeze({
    skill: weights.skill,
    onTime: weights.onTime,
    rating: weights.rating,
    response: weights.response,
  });
  return {
    id,
    kind: 'weighted',
    staticCoef,
    form(ctx) {
      const proximity = ctx.remote ? remoteProximityWeight : weights.proximity;
      const language = ctx.hasLanguagePreference ? weights.language : 0;
      const similarity = ctx.hasReference ? weights.similarity : 0;
      const total = staticSum + proximity + language + similarity;
      return {
        staticScale: 1 / total,
        proximity: proximity / total,
        language: language / total,
        similarity: similarity / total,
        bias: 0,
      };
    },
    link: identity,
  };
}
