import {
  chooseRanker,
  createWeightedRanker,
  outcomeLabel,
  parseModel,
  serializeModel,
  shouldPromote,
  trainRanker,
  type LogisticRankerModel,
  type PromotionDecision,
  type Ranker,
} from '../../earn/index';
import type { Clock, IdGenerator, ObjectStore } from '../../ports';
import type { EarnStore } from './ports';

export interface RankerDeps {
  store: EarnStore;
  objects: ObjectStore;
  clock: Clock;
  ids: IdGenerator;
}

export const RANKER_MODEL_PREFIX = 'models/ranker/';

/** The ranker matching uses now: the promoted learned model once `chooseRanker` allows it, else weighted. */
export async function currentRanker(deps: RankerDeps): Promise<Ranker> {
  const key = await deps.store.promotedRankerKey();
  if (!key) return createWeightedRanker();
  const stored = await deps.objects.get(key);
  if (!stored) return createWeightedRanker();
  const model = parseModel(stored.body.toString('utf8'));
  const outcomes = await deps.store.rankingOutcomes();
  return chooseRanker(outcomes.length, model);
}

export interface TrainReport {
  outcomes: number;
  positives: number;
  trained: boolean;
  model?: LogisticRankerModel;
  objectKey?: string;
  decision?: PromotionDecision;
  promoted: boolean;
  reason?: string;
}

/**
 * `train ranker`: outcomes of offers (accepted, delivered on time, rated) → logistic regression with
 * 5-fold evaluation → versioned model JSON in the object store and a registry row with its metrics →
 * promoted only when `shouldPromote` says so. Matching keeps the weighted ranker until then.
 */
export async function trainRankerModel(deps: RankerDeps): Promise<TrainReport> {
  const outcomes = await deps.store.rankingOutcomes();
  const positives = outcomes.filter((o) => outcomeLabel(o) === 1).length;
  const base = { outcomes: outcomes.length, positives, promoted: false };
  const requests = new Set(outcomes.map((o) => o.requestId)).size;
  if (positives === 0 || positives === outcomes.length || requests < 5)
    return {
      ...base,
      trained: false,
      reason: 'not enough varied outcomes to train (need both labels and ≥ 5 requests)',
    };
  const model = trainRanker(outcomes, { trainedAt: deps.clock.now() });
  const decision = shouldPromote(model);
  const objectKey = `${RANKER_MODEL_PREFIX}${model.version.toLowerCase()}.json`;
  await deps.objects.put(objectKey, Buffer.from(serializeModel(model)), 'application/json');
  await deps.store.saveRankerModel({
    id: deps.ids.uuid(),
    version: model.version,
    metrics: { ...model.evaluation, decision },
    objectKey,
    promotedAt: decision.promote ? deps.clock.now() : null,
  });
  return { ...base, trained: true, model, objectKey, decision, promoted: decision.promote };
}
