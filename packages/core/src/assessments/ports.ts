import type {
  AuditLog,
  Clock,
  IdGenerator,
  JobQueue,
  LivePublisher,
  Messaging,
  ObjectStore,
  UserRepository,
} from '../ports';
import type { Recognition } from './rules';
import type {
  AssessmentOutcome,
  AssessmentRecord,
  AssessmentStatus,
  MarketValueRecord,
  PhotoInspection,
  PhotoRecord,
  PhotoScreen,
  PipelineStep,
  ScoreSet,
  Scores,
} from './types';

export const ASSESSMENT_JOB = 'assessment.run';

/** Why a photo (or the set of photos) was refused at intake; mapped to a localized 4xx at the edge. */
export type IntakeRejectReason =
  | 'unsupported_type'
  | 'too_large'
  | 'too_many_pixels'
  | 'empty'
  | 'corrupt'
  | 'too_many_photos'
  | 'no_photos';

export class AssessmentIntakeError extends Error {
  constructor(
    readonly reason: IntakeRejectReason,
    /** 0-based photo index, when one photo is at fault. */
    readonly photoIndex?: number,
  ) {
    super(`assessment intake rejected: ${reason}`);
    this.name = 'AssessmentIntakeError';
  }
}

/** An upright, metadata-free photo ready to store. */
export interface NormalizedPhoto {
  image: Buffer;
  thumbnail: Buffer;
  sha256: string;
  /** Upright size of the uploaded photo. */
  width: number;
  height: number;
}

/** Intake checks and normalisation (the image library behind a port). */
export interface PhotoIntake {
  /** Cheap checks without decoding (empty, size, magic bytes, header pixels); throws AssessmentIntakeError. */
  check(photo: Buffer, index: number): void;
  /** Decode, orient, strip metadata; throws AssessmentIntakeError('corrupt'|'too_many_pixels'). */
  normalize(photo: Buffer, index: number): Promise<NormalizedPhoto>;
}

export interface NewAssessment {
  id: string;
  artisanId: string;
  channel: string;
  declaredCraft: string | null;
  createdAt: Date;
}

export interface NewPhoto {
  id: string;
  idx: number;
  originalKey: string;
  thumbnailKey: string;
  sha256: string;
  width: number;
  height: number;
}

export interface HashEntry {
  photoId: string;
  assessmentId: string;
  artisanId: string;
  sha256: string;
  phash: string | null;
  dhash: string | null;
}

export interface ReviewWrite {
  assessmentId: string;
  reviewId: string;
  reviewerId: string;
  action: 'confirm' | 'override';
  craftId: string | null;
  grades: ScoreSet;
  scores: Scores;
  level: number;
  reason: string;
  at: Date;
  /** Confirmed photos' embeddings that join the gallery (source 'review'). */
  galleryRefs: { id: string; craftId: string; embedding: Float32Array; modelId: string; photoKey: string }[];
}

export interface AssessmentRepository {
  /** Inserts the assessment and its photos in one transaction. */
  create(assessment: NewAssessment, photos: NewPhoto[]): Promise<void>;
  get(id: string): Promise<AssessmentRecord | undefined>;
  photos(assessmentId: string): Promise<PhotoRecord[]>;
  listByArtisan(artisanId: string, limit: number): Promise<AssessmentRecord[]>;
  listByStatus(status: AssessmentStatus, limit: number): Promise<AssessmentRecord[]>;
  /** queued → processing, records the step being run and counts the attempt (only while open). */
  markProgress(id: string, step: PipelineStep, at: Date, countAttempt?: boolean): Promise<void>;
  saveScreen(photoId: string, screen: PhotoScreen): Promise<void>;
  saveInspection(photoId: string, inspection: PhotoInspection): Promise<void>;
  /** Every stored photo's hashes except this assessment's own. */
  hashesExcept(assessmentId: string): Promise<HashEntry[]>;
  /** Level of her latest scored assessment created before `before`, or null. */
  previousConfirmedLevel(artisanId: string, before: Date, excludeId: string): Promise<number | null>;
  /** Writes the outcome only while the assessment is open; false when it was already final. */
  finish(id: string, outcome: AssessmentOutcome, at: Date): Promise<boolean>;
  markStepDone(id: string, step: PipelineStep): Promise<void>;
  /** Marks an open assessment failed (after the queue's last attempt). */
  fail(id: string, error: string, at: Date): Promise<void>;
  /** Review + status scored + gallery references, in one transaction. */
  applyReview(review: ReviewWrite): Promise<void>;
  /** Back to needs_review with her reason (only from an appealable status). */
  appeal(id: string, reason: string, at: Date): Promise<boolean>;
}

/** The vision side of the pipeline (the ML libraries behind a port). */
export interface AssessmentVision {
  readonly modelId: string;
  screen(image: Buffer): Promise<PhotoScreen>;
  inspect(image: Buffer, source: { width: number; height: number }): Promise<PhotoInspection>;
  nearDuplicate(a: { phash: string; dhash: string }, b: { phash: string; dhash: string }): boolean;
  /** null when the gallery has no references for this model. */
  recognize(embeddings: Float32Array[]): Promise<Recognition | null>;
  /** Scores with the promoted scorer (rules-v1 until a learned model is promoted). */
  score(
    photos: { evidence: Record<string, number>; quality: number; embedding: Float32Array | null }[],
  ): Promise<{
    scores: Scores;
    level: number;
    confidence: number;
    evidence: Record<string, unknown>;
    modelVersion: string;
  }>;
  value(input: {
    craftId: string;
    complexity: number;
    quality: number;
    level: number;
    orderPrices: readonly number[];
  }): MarketValueRecord | null;
  feedbackKeys(scores: Scores, evidence: Record<string, unknown>, photoCount: number): string[];
}

/**
 * ₹ per piece of completed orders for a craft. The Earn issue adds orders; until then the wiring
 * passes a function that returns [] and the estimate uses the taxonomy range alone.
 */
export type CompletedOrderPrices = (craftId: string) => Promise<number[]>;

export interface AssessmentDeps {
  assessments: AssessmentRepository;
  store: ObjectStore;
  queue: JobQueue;
  intake: PhotoIntake;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditLog;
  users: UserRepository;
  messaging: Messaging;
  /** Keys for stored photos (server-generated). */
  objectKey: (kind: string, ext: string) => string;
  /** Live updates to open apps (optional). */
  live?: LivePublisher;
}

export interface PipelineDeps extends AssessmentDeps {
  vision: AssessmentVision;
  orderPrices: CompletedOrderPrices;
  /** Notification text in her language for a final status. */
  notifyText: (status: AssessmentStatus, lang: string, retakeProblems: string[]) => string | null;
}
