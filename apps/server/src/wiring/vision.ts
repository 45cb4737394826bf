import {
  AssessmentIntakeError,
  type AssessmentDeps,
  type AssessmentVision,
  type PhotoIntake,
  type PipelineDeps,
} from '@shebalance/core/assessments/index';
import type { DecideDeps } from '@shebalance/core/usecases/assessments/index';
import { getCraft, pickLang, t } from '@shebalance/core';
import { newObjectKey } from '@shebalance/adapters/storage/index';
import {
  assessmentRepository,
  galleryRepository,
  modelVersionRepository,
  type GalleryRepository,
} from '@shebalance/db/assessments/index';
import { retakeTips, t as feedbackT, feedbackKeys } from '@shebalance/ml/feedback/index';
import {
  decodeForAnalysis,
  inspectImage,
  isImageRejected,
  isNearDuplicate,
  normalizeImage,
  type NormalizedImage,
  type NormalizeOptions,
} from '@shebalance/ml/image/index';
import type { QualityProblem } from '@shebalance/ml/quality/index';
import { isExplicit, type VisionModel } from '@shebalance/ml/model/index';
import { buildGalleryIndex, recognizeMany, type GalleryIndex } from '@shebalance/ml/recognition/index';
import { ScorerRegistry } from '@shebalance/ml/registry/index';
import {
  analysePhoto,
  assessSkill,
  levelForOverall,
  overallOf,
  type EvidenceFeatures,
} from '@shebalance/ml/scoring/index';
import { estimateMarketValue } from '@shebalance/ml/value/index';
import type { Config } from '../config';
import type { Container } from '../container';

const models = new Map<string, Promise<VisionModel>>();

/** The VisionModel chosen by config, loaded ONCE per process (memoised by its settings). */
export function loadVisionModel(
  config: Pick<Config, 'VISION_MODEL' | 'REKOGNITION_PROJECT_VERSION_ARN' | 'REKOGNITION_REGION'>,
): Promise<VisionModel> {
  const key = `${config.VISION_MODEL}:${config.REKOGNITION_PROJECT_VERSION_ARN ?? ''}:${config.REKOGNITION_REGION}`;
  let model = models.get(key);
  if (!model) {
    model = createVisionModel(config);
    model.catch(() => models.delete(key));
    models.set(key, model);
  }
  return model;
}

async function createVisionModel(
  config: Pick<Config, 'VISION_MODEL' | 'REKOGNITION_PROJECT_VERSION_ARN' | 'REKOGNITION_REGION'>,
): Promise<VisionModel> {
  const { createLocalVisionModel } = await import('@shebalance/ml/model/index');
  const local = await createLocalVisionModel();
  if (config.VISION_MODEL === 'local') return local;
  if (!config.REKOGNITION_PROJECT_VERSION_ARN)
    throw new Error('VISION_MODEL=rekognition needs REKOGNITION_PROJECT_VERSION_ARN');
  // The AWS SDK is loaded only when a deployment chooses Rekognition.
  const [{ RekognitionClient }, { RekognitionVisionModel }] = await Promise.all([
    import('@aws-sdk/client-rekognition'),
    import('@shebalance/ml/model/rekognition'),
  ]);
  return new RekognitionVisionModel({
    client: new RekognitionClient({ region: config.REKOGNITION_REGION }),
    projectVersionArn: config.REKOGNITION_PROJECT_VERSION_ARN,
    features: local,
  });
}

/** Recognition index over the gallery, rebuilt only when a reference was added. */
export class GalleryCache {
  private cached?: { signature: string; index: GalleryIndex | null };

  constructor(private readonly gallery: GalleryRepository) {}

  async index(modelId: string): Promise<GalleryIndex | null> {
    const signature = `${modelId}|${await this.gallery.signature(modelId)}`;
    if (this.cached?.signature === signature) return this.cached.index;
    const refs = await this.gallery.list(modelId);
    const index = refs.length > 0 ? buildGalleryIndex(refs, { modelId }) : null;
    this.cached = { signature, index };
    return index;
  }
}

/** Intake through the image library: its typed rejections become AssessmentIntakeError. */
export const photoIntake: PhotoIntake = {
  check(photo, index) {
    try {
      inspectImage(photo);
    } catch (error) {
      if (isImageRejected(error)) throw new AssessmentIntakeError(error.reason, index);
      throw error;
    }
  },
  async normalize(photo, index) {
    let n: NormalizedImage;
    try {
      n = await normalizeImage(photo, { sizes: STORED });
    } catch (error) {
      if (isImageRejected(error)) throw new AssessmentIntakeError(error.reason, index);
      throw error;
    }
    return {
      image: n.image.data,
      thumbnail: n.thumbnail.data,
      sha256: n.sha256,
      width: n.analysis.sourceWidth,
      height: n.analysis.sourceHeight,
    };
  },
};

export interface VisionServices {
  model(): Promise<VisionModel>;
  gallery: GalleryRepository;
  galleryCache: GalleryCache;
  scorers: ScorerRegistry;
  assessmentVision(): Promise<AssessmentVision>;
  assessmentDeps(): AssessmentDeps;
  pipelineDeps(): Promise<PipelineDeps>;
  decideDeps(): DecideDeps;
}

const services = new WeakMap<Container, VisionServices>();

/** Everything the assessment feature needs from the container, built once per container. */
export function visionFor(container: Container): VisionServices {
  const existing = services.get(container);
  if (existing) return existing;
  const { db } = container.database;
  const gallery = galleryRepository(db);
  const galleryCache = new GalleryCache(gallery);
  const scorers = new ScorerRegistry(container.storage.store, modelVersionRepository(db), () =>
    container.deps.ids.uuid(),
  );
  const model = () => loadVisionModel(container.config);
  const assessmentDeps = (): AssessmentDeps => ({
    assessments: assessmentRepository(db),
    store: container.storage.store,
    queue: container.jobs.queue,
    intake: photoIntake,
    clock: container.deps.clock,
    ids: container.deps.ids,
    audit: container.deps.repos.audit,
    users: container.deps.repos.users,
    messaging: container.deps.messaging,
    objectKey: (kind, ext) => newObjectKey(kind, ext),
    live: container.deps.live,
  });
  const built: VisionServices = {
    model,
    gallery,
    galleryCache,
    scorers,
    assessmentVision: async () => assessmentVision(await model(), galleryCache, scorers),
    assessmentDeps,
    pipelineDeps: async () => ({
      ...assessmentDeps(),
      vision: await built.assessmentVision(),
      // Earn (orders) is a later issue: until it lands there are no completed-order prices.
      orderPrices: async () => [],
      notifyText,
    }),
    decideDeps: () => ({ ...assessmentDeps(), grade }),
  };
  services.set(container, built);
  return built;
}

export function grade(scores: { technique: number; complexity: number; quality: number }) {
  const overall = overallOf(scores);
  return { overall, level: levelForOverall(overall) };
}

function notifyText(status: string, language: string, problems: string[]): string | null {
  const lang = pickLang(language);
  if (status === 'scored') return t(lang, 'assessment.notify_scored');
  if (status === 'needs_review') return t(lang, 'assessment.notify_review');
  if (status === 'rejected') return t(lang, 'assessment.rejected_explicit');
  if (status === 'needs_retake')
    return t(lang, 'assessment.notify_retake', {
      tips: retakeTips(problems as QualityProblem[], lang).join(' '),
    });
  return null;
}

/** The ML libraries behind the pipeline's AssessmentVision port. */
export function assessmentVision(
  model: VisionModel,
  galleryCache: GalleryCache,
  scorers: ScorerRegistry,
): AssessmentVision {
  return {
    modelId: model.modelId,
    async screen(image) {
      const analysis = await model.analyze(image);
      return {
        explicit: isExplicit(analysis.safety),
        safety: { ...analysis.safety },
        embedding: analysis.embedding,
        modelId: analysis.modelId,
      };
    },
    async inspect(image, source) {
      // The stored photo is already upright and ≤ 1600 px; the gate judges the uploaded size.
      const analysis = await decodeForAnalysis(image);
      const a = analysePhoto({ ...analysis, sourceWidth: source.width, sourceHeight: source.height });
      return {
        quality: {
          ok: a.quality.ok,
          problems: a.quality.problems,
          score: a.quality.score,
          metrics: { ...a.quality.metrics },
        },
        hashes: a.hashes,
        evidence: a.evidence ? { ...a.evidence.features } : null,
      };
    },
    nearDuplicate: (a, b) => isNearDuplicate(a, b),
    async recognize(embeddings) {
      const index = await galleryCache.index(model.modelId);
      if (!index) return null;
      const r = recognizeMany(index, embeddings);
      return {
        craftId: r.craftId,
        confidence: round3(r.confidence),
        alternatives: r.alternatives.map((a) => ({ craftId: a.craftId, confidence: round3(a.confidence) })),
        nearestCraftId: r.nearestCraftId,
      };
    },
    async score(photos) {
      const scorer = await scorers.current();
      const skill = assessSkill(
        photos.map((p) => ({
          features: p.evidence as unknown as EvidenceFeatures,
          quality: p.quality,
          ...(p.embedding ? { embedding: p.embedding } : {}),
        })),
        scorer,
      );
      const { modelVersion, ...scores } = skill.scores;
      return {
        scores,
        level: skill.level,
        confidence: skill.confidence,
        evidence: { ...skill.evidence },
        modelVersion,
      };
    },
    value(input) {
      const craft = getCraft(input.craftId);
      if (!craft) return null;
      const v = estimateMarketValue({
        craft,
        complexity: input.complexity,
        quality: input.quality,
        level: input.level as 1 | 2 | 3 | 4 | 5,
        completedOrderPrices: input.orderPrices,
      });
      return { min: v.min, max: v.max, currency: v.currency, basis: v.basis };
    },
    feedbackKeys: (scores, evidence, photoCount) =>
      feedbackKeys(scores, evidence as unknown as EvidenceFeatures, { photoCount }),
  };
}

/** Feedback text in the reader's language. */
export const feedbackText = feedbackT;

/**
 * Stored photos are at most 1600 px on the long edge: for phone photos of 8–12 MP that is at least
 * a 2× reduction, so libjpeg decodes at half size (shrink-on-load) instead of decoding every pixel
 * (measured on 12 MP JPEGs: ~180 ms CPU per photo instead of ~240–330 ms at 2048 px).
 */
const STORED: NormalizeOptions['sizes'] = { maxLongEdge: 1600 };

const round3 = (x: number) => Math.round(x * 1000) / 1000;
