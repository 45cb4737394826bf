import { createWeightedRanker, type Ranker } from '../ranker';
import { MIN_OUTCOMES_FOR_LEARNED } from '../weights';
import { logisticRanker, type LogisticRankerModel, type Metrics } from './model';

export interface PromotionPolicy {
  /** Labelled outcomes needed before any learned ranker may replace the weighted one. */
  minOutcomes: number;
  /** The candidate's cross-validated AUC must beat the current ranker's by at least this. */
  minAucGain: number;
  /** …and its NDCG@10 may be at most this much lower. */
  maxNdcgDrop: number;
}

export const DEFAULT_PROMOTION_POLICY: PromotionPolicy = Object.freeze({
  minOutcomes: MIN_OUTCOMES_FOR_LEARNED,
  minAucGain: 0.01,
  maxNdcgDrop: 0,
});

export interface PromotionDecision {
  promote: boolean;
  checks: {
    check: 'enough_outcomes' | 'auc_gain' | 'ndcg_kept';
    passed: boolean;
    candidate: number;
    required: number;
  }[];
}

/**
 * Promotes a candidate when it was trained on enough outcomes and, on the same held-out folds, beats
 * the current ranker's AUC by the margin without losing NDCG@10. `current` defaults to the baseline
 * the candidate was evaluated against (the ranker in production when it was trained).
 */
export function shouldPromote(
  candidate: LogisticRankerModel,
  current: Metrics = candidate.evaluation.baseline,
  policy: PromotionPolicy = DEFAULT_PROMOTION_POLICY,
): PromotionDecision {
  const c = candidate.evaluation.candidate;
  const checks: PromotionDecision['checks'] = [
    {
      check: 'enough_outcomes',
      passed: candidate.trainingSize >= policy.minOutcomes,
      candidate: candidate.trainingSize,
      required: policy.minOutcomes,
    },
    {
      check: 'auc_gain',
      passed: c.auc >= current.auc + policy.minAucGain,
      candidate: c.auc,
      required: current.auc + policy.minAucGain,
    },
    {
      check: 'ndcg_kept',
      passed: c.ndcg10 >= current.ndcg10 - policy.maxNdcgDrop,
      candidate: c.ndcg10,
      required: current.ndcg10 - policy.maxNdcgDrop,
    },
  ];
  return { promote: checks.every((x) => x.passed), checks };
}

/**
 * The ranker to use: the promoted learned model once there are enough outcomes, else the weighted
 * default (also when no model has been promoted yet).
 */
export function chooseRanker(
  outcomeCount: number,
  promoted: LogisticRankerModel | null,
  minOutcomes = MIN_OUTCOMES_FOR_LEARNED,
): Ranker {
  if (promoted && outcomeCount >= minOutcomes && promoted.trainingSize >= minOutcomes)
    return logisticRanker(promoted);
  return createWeightedRanker();
}
