import type { Scorer } from '../scoring/types';
import { targetRow, type TrainingSample } from './dataset';
import { metricsFrom, type CvMetrics } from './metrics';
import { SCORE_DIMENSIONS } from '../scoring/types';

export interface PromotionPolicy {
  /** The candidate's mean MAE must beat the current one by at least this many points (default 0.5). */
  minImprovement: number;
  /** …and no single target may get worse by more than this many points of MAE (default 2). */
  maxTargetRegression: number;
}

export const DEFAULT_PROMOTION_POLICY: PromotionPolicy = { minImprovement: 0.5, maxTargetRegression: 2 };

export interface Comparison {
  promote: boolean;
  reason: 'no_current_model' | 'better' | 'not_better_enough' | 'target_regressed';
  candidateMeanMae: number;
  currentMeanMae: number | null;
  /** current − candidate mean MAE (positive = candidate better). */
  improvement: number | null;
}

/** Promote only a model that is measurably better on the same reviewed samples. */
export function compareModels(
  candidate: CvMetrics,
  current: CvMetrics | null,
  policy: PromotionPolicy = DEFAULT_PROMOTION_POLICY,
): Comparison {
  if (!current) {
    return {
      promote: true,
      reason: 'no_current_model',
      candidateMeanMae: candidate.meanMae,
      currentMeanMae: null,
      improvement: null,
    };
  }
  const improvement = Math.round((current.meanMae - candidate.meanMae) * 1000) / 1000;
  const base = { candidateMeanMae: candidate.meanMae, currentMeanMae: current.meanMae, improvement };
  const regressed = SCORE_DIMENSIONS.some(
    (d) => candidate.perTarget[d].mae - current.perTarget[d].mae > policy.maxTargetRegression,
  );
  if (regressed) return { promote: false, reason: 'target_regressed', ...base };
  if (improvement < policy.minImprovement) return { promote: false, reason: 'not_better_enough', ...base };
  return { promote: true, reason: 'better', ...base };
}

/**
 * Metrics of a scorer in use (the rules, or the promoted model) on reviewed samples, for
 * `compareModels`. For the rules these are out-of-sample; for a learned model that saw some of
 * these samples they are optimistic, which only makes promotion harder.
 */
export function evaluateScorer(scorer: Scorer, samples: readonly TrainingSample[]): CvMetrics {
  const predicted = samples.map((s) => {
    const scores = scorer.score(
      s.embedding
        ? { features: s.features, embedding: Float32Array.from(s.embedding) }
        : { features: s.features },
    );
    return SCORE_DIMENSIONS.map((d) => scores[d]);
  });
  return metricsFrom(predicted, samples.map(targetRow), 0);
}
