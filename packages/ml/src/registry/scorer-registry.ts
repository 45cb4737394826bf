import { RuleScorer } from '../scoring/rules';
import type { Scorer } from '../scoring/types';
import {
  compareModels,
  DEFAULT_PROMOTION_POLICY,
  evaluateScorer,
  type Comparison,
  type PromotionPolicy,
} from '../training/compare';
import type { TrainingSample } from '../training/dataset';
import { LearnedScorer } from '../training/learned-scorer';
import type { CvMetrics } from '../training/metrics';
import { trainScorer } from '../training/train';

/** Where model files live (the ObjectStore fits). */
export interface ModelBlobStore {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<{ body: Buffer } | undefined>;
}

export interface ModelVersionEntry {
  kind: string;
  version: string;
  objectKey: string;
  metrics: Record<string, unknown> | null;
  createdAt: Date;
}

/** The registry's index of versions (the model_versions table fits). */
export interface ModelVersionIndex {
  promoted(kind: string): Promise<{ version: string; objectKey: string } | undefined>;
  insert(row: ModelVersionEntry & { id: string }): Promise<void>;
  promote(kind: string, version: string, at: Date): Promise<void>;
}

export const SCORER_KIND = 'scorer';
export const scorerObjectKey = (version: string): string => `models/${SCORER_KIND}/${version}.json`;

export interface TrainReport {
  version: string;
  objectKey: string;
  promoted: boolean;
  comparison: Comparison;
  /** Out-of-fold metrics of the candidate. */
  candidate: CvMetrics;
  /** The model in use on the same samples. */
  current: CvMetrics;
  currentVersion: string;
  samples: number;
  embeddingDims: number;
}

/**
 * Versioned scorers in the object store (`models/scorer/<version>.json`) with their metrics in
 * the version index. `current()` is the promoted scorer, or the explainable rules (rules-v1)
 * until one is promoted; the loaded model is cached per promoted version.
 */
export class ScorerRegistry {
  private cached?: { version: string; scorer: Scorer };
  private readonly rules = new RuleScorer();

  constructor(
    private readonly blobs: ModelBlobStore,
    private readonly index: ModelVersionIndex,
    private readonly ids: () => string,
  ) {}

  async current(): Promise<Scorer> {
    const row = await this.index.promoted(SCORER_KIND);
    if (!row) return this.rules;
    if (this.cached?.version === row.version) return this.cached.scorer;
    const object = await this.blobs.get(row.objectKey);
    if (!object) throw new Error(`promoted scorer ${row.version} is missing at ${row.objectKey}`);
    const scorer = new LearnedScorer(object.body.toString('utf8'));
    this.cached = { version: row.version, scorer };
    return scorer;
  }

  /**
   * Trains a ridge scorer on reviewer grades, compares its cross-validated error with the scorer
   * in use on the same samples, stores it versioned and promotes it only when it is better.
   */
  async train(
    samples: readonly TrainingSample[],
    options: { useEmbedding?: boolean; policy?: PromotionPolicy; now: Date },
  ): Promise<TrainReport> {
    const inUse = await this.current();
    const { model, metrics } = trainScorer(samples, { useEmbedding: options.useEmbedding ?? false });
    const current = evaluateScorer(inUse, samples);
    const comparison = compareModels(metrics, current, options.policy ?? DEFAULT_PROMOTION_POLICY);
    const objectKey = scorerObjectKey(model.modelVersion);
    await this.blobs.put(objectKey, Buffer.from(JSON.stringify(model)), 'application/json');
    await this.index.insert({
      id: this.ids(),
      kind: SCORER_KIND,
      version: model.modelVersion,
      objectKey,
      metrics: { cv: metrics, inUse: { version: inUse.modelVersion, metrics: current }, comparison },
      createdAt: options.now,
    });
    if (comparison.promote) await this.index.promote(SCORER_KIND, model.modelVersion, options.now);
    return {
      version: model.modelVersion,
      objectKey,
      promoted: comparison.promote,
      comparison,
      candidate: metrics,
      current,
      currentVersion: inUse.modelVersion,
      samples: samples.length,
      embeddingDims: model.embeddingDims,
    };
  }
}
