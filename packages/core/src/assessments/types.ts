/** Snap → Score: the assessment record and what the pipeline stores, free of any ML library type. */

export const ASSESSMENT_STATUSES = [
  'queued',
  'processing',
  'needs_retake',
  'needs_review',
  'scored',
  'rejected',
  'failed',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Statuses the pipeline may still write to; every other status is final for the pipeline. */
export const OPEN_STATUSES: readonly AssessmentStatus[] = ['queued', 'processing'];

/** The asynchronous steps, in order (intake runs synchronously before the 202). */
export const PIPELINE_STEPS = [
  'safety',
  'quality',
  'authenticity',
  'features',
  'recognition',
  'scoring',
  'value',
  'feedback',
  'notify',
] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

export const REVIEW_REASONS = [
  'low_confidence',
  'authenticity',
  'level_jump',
  'craft_mismatch',
  'appeal',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

export type AssessmentFlag = 'explicit' | 'duplicate_other_artisan' | 'duplicate_own_earlier' | 'retake_some';

export type Channel = 'api' | 'whatsapp' | 'reviewer';

export interface ScoreSet {
  technique: number;
  complexity: number;
  quality: number;
}

export interface Scores extends ScoreSet {
  overall: number;
  /** Per score, the evidence lines behind it (source, value, weight, points). */
  explanation?: Record<string, unknown>;
}

export interface CraftGuess {
  craftId: string;
  confidence: number;
}

export interface PhotoHashes {
  phash: string;
  dhash: string;
}

/** Safety screen + embedding of one photo (one forward pass of the vision model). */
export interface PhotoScreen {
  explicit: boolean;
  safety: Record<string, number>;
  embedding: Float32Array;
  modelId: string;
}

/** Quality gate, hashes and evidence of one photo. */
export interface PhotoInspection {
  quality: { ok: boolean; problems: string[]; score: number; metrics: Record<string, unknown> };
  hashes: PhotoHashes;
  /** 0–1 evidence features; null when the photo failed the quality gate. */
  evidence: Record<string, number> | null;
}

export interface PhotoRecord {
  id: string;
  assessmentId: string;
  artisanId: string;
  idx: number;
  originalKey: string;
  thumbnailKey: string;
  sha256: string;
  width: number;
  height: number;
  hashes: PhotoHashes | null;
  quality: PhotoInspection['quality'] | null;
  evidence: Record<string, number> | null;
  embedding: Float32Array | null;
  safety: { explicit: boolean; scores: Record<string, number> } | null;
  createdAt: Date;
}

export interface MarketValueRecord {
  min: number;
  max: number;
  currency: 'INR';
  basis: { key: string; values: Record<string, number | string> }[];
}

export interface AssessmentRecord {
  id: string;
  artisanId: string;
  status: AssessmentStatus;
  channel: string;
  progress: PipelineStep | null;
  steps: PipelineStep[];
  declaredCraft: string | null;
  craftId: string | null;
  craftConfidence: number | null;
  craftAlternatives: CraftGuess[];
  scores: Scores | null;
  confidence: number | null;
  level: number | null;
  marketValue: MarketValueRecord | null;
  feedbackKeys: string[];
  retakeProblems: string[];
  evidence: Record<string, unknown> | null;
  flags: AssessmentFlag[];
  reviewReasons: ReviewReason[];
  modelVersion: string | null;
  visionModel: string | null;
  attempts: number;
  reviewerId: string | null;
  reviewedAt: Date | null;
  reviewReason: string | null;
  appealReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

/** What the pipeline writes in its one final transaction. */
export interface AssessmentOutcome {
  status: AssessmentStatus;
  steps: PipelineStep[];
  craftId?: string | null;
  craftConfidence?: number | null;
  craftAlternatives?: CraftGuess[];
  scores?: Scores | null;
  confidence?: number | null;
  level?: number | null;
  marketValue?: MarketValueRecord | null;
  feedbackKeys?: string[];
  retakeProblems?: string[];
  evidence?: Record<string, unknown> | null;
  flags: AssessmentFlag[];
  reviewReasons: ReviewReason[];
  modelVersion?: string | null;
  visionModel?: string | null;
}
