import { SCORE_DIMENSIONS, type ScoreDimension } from '../scoring/types';

export interface TargetMetrics {
  mae: number;
  rmse: number;
}

export interface CvMetrics {
  /** Number of folds (0 = evaluated directly, without refitting). */
  folds: number;
  samples: number;
  perTarget: Record<ScoreDimension, TargetMetrics>;
  meanMae: number;
  meanRmse: number;
}

/** MAE and RMSE per target from predictions and truth (rows × targets, in SCORE_DIMENSIONS order). */
export function metricsFrom(
  predicted: readonly number[][],
  truth: readonly number[][],
  folds: number,
): CvMetrics {
  const perTarget = {} as Record<ScoreDimension, TargetMetrics>;
  SCORE_DIMENSIONS.forEach((d, k) => {
    let abs = 0;
    let sq = 0;
    predicted.forEach((row, i) => {
      const e = row[k]! - truth[i]![k]!;
      abs += Math.abs(e);
      sq += e * e;
    });
    const n = Math.max(1, predicted.length);
    perTarget[d] = { mae: round3(abs / n), rmse: round3(Math.sqrt(sq / n)) };
  });
  const maes = SCORE_DIMENSIONS.map((d) => perTarget[d].mae);
  const rmses = SCORE_DIMENSIONS.map((d) => perTarget[d].rmse);
  return {
    folds,
    samples: predicted.length,
    perTarget,
    meanMae: round3(maes.reduce((a, b) => a + b, 0) / maes.length),
    meanRmse: round3(rmses.reduce((a, b) => a + b, 0) / rmses.length),
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
