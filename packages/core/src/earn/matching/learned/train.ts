import { createRng } from '../../shared/prng';
import { createWeightedRanker, scoreFeatures, type Ranker } from '../ranker';
import { FEATURE_KEYS, type FeatureVector, type RankContext } from '../types';
import { fitLogistic } from './logistic';
import { auc, ndcgAt, type Scored } from './metrics';
import type { LogisticRankerModel, Metrics } from './model';

/** What happened after an artisan was offered work: the training data of the learned ranker. */
export interface RankingOutcome {
  requestId: string;
  artisanId: string;
  /** The features as they were when she was matched (Match.features) and the request's context. */
  features: FeatureVector;
  context: RankContext;
  accepted: boolean;
  deliveredOnTime: boolean | null;
  buyerRating: number | null;
}

/** A good outcome: she accepted and delivered on time, or the buyer rated her 4 or more. */
export const outcomeLabel = (o: RankingOutcome): 0 | 1 =>
  (o.accepted && o.deliveredOnTime === true) || (o.buyerRating ?? 0) >= 4 ? 1 : 0;

export interface TrainOptions {
  trainedAt: Date;
  folds?: number;
  seed?: number;
  l2?: number;
  /** The ranker in production, evaluated on the same folds (default: the weighted ranker). */
  baseline?: Ranker;
}

const row = (f: FeatureVector) => FEATURE_KEYS.map((k) => f[k]);

/** Requests (not single outcomes) go to folds, so no request is both trained on and evaluated. */
function assignFolds(outcomes: readonly RankingOutcome[], folds: number, seed: number): number[] {
  const ids = [...new Set(outcomes.map((o) => o.requestId))].sort();
  const rng = createRng(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const foldOf = new Map(ids.map((id, i) => [id, i % folds]));
  return outcomes.map((o) => foldOf.get(o.requestId)!);
}

function metrics(rows: Scored[]): Metrics {
  return {
    auc: auc(
      rows.map((r) => r.score),
      rows.map((r) => r.label),
    ),
    ndcg10: ndcgAt(10, rows),
  };
}

/**
 * Trains the logistic ranker on all outcomes and reports k-fold cross-validated AUC and NDCG@10 for it
 * and for the baseline on the same held-out folds. Needs both good and bad outcomes.
 */
export function trainRanker(outcomes: readonly RankingOutcome[], options: TrainOptions): LogisticRankerModel {
  const labels = outcomes.map(outcomeLabel);
  const positives = labels.reduce<number>((s, y) => s + y, 0);
  if (positives === 0 || positives === outcomes.length)
    throw new RangeError('need both good and bad outcomes to train');
  const l2 = options.l2 ?? 1;
  const baseline = options.baseline ?? createWeightedRanker();
  const requests = new Set(outcomes.map((o) => o.requestId)).size;
  const folds = Math.max(2, Math.min(options.folds ?? 5, requests));
  const fold = assignFolds(outcomes, folds, options.seed ?? 1);
  const x = outcomes.map((o) => row(o.features));
  const heldOut: Scored[] = [];
  const baselineRows: Scored[] = [];
  for (let f = 0; f < folds; f++) {
    const train = outcomes.map((_, i) => i).filter((i) => fold[i] !== f);
    const test = outcomes.map((_, i) => i).filter((i) => fold[i] === f);
    if (test.length === 0) continue;
    const trainLabels = train.map((i) => labels[i]!);
    const onlyOneClass = trainLabels.every((y) => y === trainLabels[0]);
    const fit = onlyOneClass
      ? null
      : fitLogistic(
          train.map((i) => x[i]!),
          trainLabels,
          l2,
        );
    for (const i of test) {
      const o = outcomes[i]!;
      const score = fit ? fit.bias + fit.coef.reduce((s, c, j) => s + c * x[i]![j]!, 0) : 0;
      heldOut.push({ group: o.requestId, id: o.artisanId, score, label: labels[i]! });
      baselineRows.push({
        group: o.requestId,
        id: o.artisanId,
        score: scoreFeatures(baseline, o.context, o.features).raw,
        label: labels[i]!,
      });
    }
  }
  const fit = fitLogistic(x, labels, l2);
  const at = options.trainedAt.toISOString();
  return {
    format: 'shebalance.ranker',
    formatVersion: 1,
    kind: 'logistic',
    version: `logistic-${at.replace(/[-:]/g, '').replace(/\.\d+/, '')}-n${outcomes.length}`,
    features: [...FEATURE_KEYS],
    coef: Object.fromEntries(FEATURE_KEYS.map((k, j) => [k, fit.coef[j]!])) as LogisticRankerModel['coef'],
    bias: fit.bias,
    l2,
    trainedAt: at,
    trainingSize: outcomes.length,
    positives,
    evaluation: {
      folds,
      outcomes: outcomes.length,
      positives,
      candidate: metrics(heldOut),
      baseline: { rankerId: baseline.id, ...metrics(baselineRows) },
    },
  };
}
