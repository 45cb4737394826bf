import type { Ranker } from '../ranker';
import { FEATURE_KEYS, type FeatureKey } from '../types';
import { sigmoid } from './logistic';

/** The learned ranker as stored in the model registry (JSON). */
export interface LogisticRankerModel {
  format: 'shebalance.ranker';
  formatVersion: 1;
  kind: 'logistic';
  /** Unique per trained model, e.g. 'logistic-20250301T100000Z-n480'. */
  version: string;
  features: FeatureKey[];
  coef: Record<FeatureKey, number>;
  bias: number;
  l2: number;
  trainedAt: string;
  trainingSize: number;
  positives: number;
  /** Cross-validated metrics of this model and of the ranker it was compared with. */
  evaluation: ModelEvaluation;
}

export interface Metrics {
  auc: number;
  ndcg10: number;
}

export interface ModelEvaluation {
  folds: number;
  outcomes: number;
  positives: number;
  candidate: Metrics;
  baseline: Metrics & { rankerId: string };
}

export function logisticRanker(model: LogisticRankerModel): Ranker {
  const c = model.coef;
  return {
    id: model.version,
    kind: 'logistic',
    staticCoef: Object.freeze({ skill: c.skill, onTime: c.onTime, rating: c.rating, response: c.response }),
    // Features that do not apply arrive at their neutral value (see features.ts), as they did in training.
    form: () => ({
      staticScale: 1,
      proximity: c.proximity,
      language: c.language,
      similarity: c.similarity,
      bias: model.bias,
    }),
    link: sigmoid,
  };
}

export const serializeModel = (model: LogisticRankerModel): string => JSON.stringify(model);

/** Parses and checks a stored model; throws a RangeError describing the first problem. */
export function parseModel(json: string | unknown): LogisticRankerModel {
  const m = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<LogisticRankerModel> | null;
  const fail = (what: string): never => {
    throw new RangeError(`ranker model: ${what}`);
  };
  if (!m || typeof m !== 'object') fail('not an object');
  if (m!.format !== 'shebalance.ranker' || m!.kind !== 'logistic') fail('not a logistic ranker');
  if (m!.formatVersion !== 1) fail(`unsupported formatVersion ${String(m!.formatVersion)}`);
  if (typeof m!.version !== 'string' || !m!.version) fail('missing version');
  for (const key of FEATURE_KEYS) {
    if (!Number.isFinite(m!.coef?.[key])) fail(`coefficient ${key} missing or not finite`);
  }
  if (!Number.isFinite(m!.bias)) fail('bias missing or not finite');
  return m as LogisticRankerModel;
}
