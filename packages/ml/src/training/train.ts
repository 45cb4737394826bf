import { EVIDENCE_NAMES } from '../scoring/evidence';
import { SCORE_DIMENSIONS, type ScoreDimension } from '../scoring/types';
import {
  embeddingDimsOf,
  fitStandardizer,
  inputRow,
  standardizeRow,
  targetRow,
  type TrainingSample,
} from './dataset';
import { assignFolds, fnv1a } from './folds';
import { predictRaw } from './predict';
import { metricsFrom, type CvMetrics } from './metrics';
import type { RidgeModelJson } from './model';
import { RidgeProblem, type RidgeSolution } from './ridge';

export interface TrainOptions {
  /** Outer cross-validation folds for the reported metrics (default 5). */
  folds?: number;
  /** Inner folds that choose λ per target (default 4). */
  innerFolds?: number;
  /** λ candidates on standardized inputs (default 0.01 … 1000). */
  lambdas?: number[];
  /** Use the image embedding when every sample has one of the same length (default true). */
  useEmbedding?: boolean;
  /** Fold shuffle seed (default 42): the same data and options give the same model. */
  seed?: number;
  /** Version label; default `ridge-<hash of the weights>`. */
  modelVersion?: string;
}

export const DEFAULT_LAMBDAS = [0.01, 0.1, 1, 10, 100, 1000];
export const MIN_TRAINING_SAMPLES = 10;

export interface TrainResult {
  model: RidgeModelJson;
  /** Out-of-fold metrics of this training recipe (what `compareModels` compares). */
  metrics: CvMetrics;
}

/**
 * Fits a ridge scorer on reviewer grades: λ per target by inner CV, weights on all samples, and
 * metrics by outer k-fold CV of the whole recipe (λ choice included), so they are out-of-sample.
 */
export function trainScorer(samples: readonly TrainingSample[], options: TrainOptions = {}): TrainResult {
  if (samples.length < MIN_TRAINING_SAMPLES) {
    throw new RangeError(`need at least ${MIN_TRAINING_SAMPLES} reviewed samples, got ${samples.length}`);
  }
  const metrics = crossValidate(samples, options);
  const fitted = fitModel(samples, options);
  const modelVersion = options.modelVersion ?? `ridge-${fnv1a(JSON.stringify(fitted.targets))}`;
  return { model: { ...fitted, modelVersion, metrics }, metrics };
}

/** Out-of-fold MAE/RMSE per target of `fitModel` with these options. */
export function crossValidate(samples: readonly TrainingSample[], options: TrainOptions = {}): CvMetrics {
  const k = Math.min(options.folds ?? 5, samples.length);
  const fold = assignFolds(samples.length, k, options.seed ?? 42);
  const predicted: number[][] = new Array(samples.length);
  for (let f = 0; f < k; f++) {
    const train = samples.filter((_, i) => fold[i] !== f);
    const model = fitModel(train, options);
    samples.forEach((s, i) => {
      if (fold[i] === f) predicted[i] = clampAll(predictRaw(model, s.features, s.embedding));
    });
  }
  return metricsFrom(predicted, samples.map(targetRow), k);
}

/** One fit: standardize, choose λ per target by inner CV, solve on all given samples. */
export function fitModel(samples: readonly TrainingSample[], options: TrainOptions = {}): RidgeModelJson {
  const dims = embeddingDimsOf(samples, options.useEmbedding ?? true);
  const raw = samples.map((s) => inputRow(s.features, s.embedding, dims));
  const standardizer = fitStandardizer(raw);
  const x = raw.map((r) => standardizeRow(r, standardizer));
  const y = samples.map(targetRow);
  const lambdas = chooseLambdas(x, y, options);
  const problem = new RidgeProblem(x, y);
  const solved = new Map<number, RidgeSolution>();
  const targets = {} as RidgeModelJson['targets'];
  SCORE_DIMENSIONS.forEach((d, t) => {
    const lambda = lambdas[d];
    if (!solved.has(lambda)) solved.set(lambda, problem.solve(lambda));
    const s = solved.get(lambda)!;
    targets[d] = { intercept: s.intercepts[t]!, weights: s.weights[t]!, lambda };
  });
  return {
    kind: 'ridge',
    formatVersion: 1,
    modelVersion: 'ridge-unversioned',
    featureNames: [...EVIDENCE_NAMES],
    embeddingDims: dims,
    means: standardizer.means,
    stds: standardizer.stds,
    targets,
    trainedOn: samples.length,
  };
}

/** λ with the lowest inner-CV squared error, per target (ties go to the larger λ). */
function chooseLambdas(x: number[][], y: number[][], options: TrainOptions): Record<ScoreDimension, number> {
  const lambdas = [...(options.lambdas ?? DEFAULT_LAMBDAS)].sort((a, b) => a - b);
  const k = Math.min(options.innerFolds ?? 4, x.length);
  const sse = lambdas.map(() => new Array<number>(SCORE_DIMENSIONS.length).fill(0));
  if (k >= 2) {
    const fold = assignFolds(x.length, k, (options.seed ?? 42) + 1);
    for (let f = 0; f < k; f++) {
      const trainIdx = x.map((_, i) => i).filter((i) => fold[i] !== f);
      const problem = new RidgeProblem(
        trainIdx.map((i) => x[i]!),
        trainIdx.map((i) => y[i]!),
      );
      lambdas.forEach((lambda, li) => {
        const s = problem.solve(lambda);
        x.forEach((row, i) => {
          if (fold[i] !== f) return;
          SCORE_DIMENSIONS.forEach((_, t) => {
            let p = s.intercepts[t]!;
            for (let j = 0; j < row.length; j++) p += s.weights[t]![j]! * row[j]!;
            sse[li]![t]! += (p - y[i]![t]!) ** 2;
          });
        });
      });
    }
  }
  const chosen = {} as Record<ScoreDimension, number>;
  SCORE_DIMENSIONS.forEach((d, t) => {
    let best = lambdas.length - 1;
    for (let li = lambdas.length - 2; li >= 0; li--) if (sse[li]![t]! < sse[best]![t]! - 1e-9) best = li;
    chosen[d] = lambdas[best]!;
  });
  return chosen;
}

function clampAll(values: number[]): number[] {
  return values.map((v) => Math.min(100, Math.max(0, v)));
}
