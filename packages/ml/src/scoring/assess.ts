import { clamp01 } from '../image/analysis';
import { combineEmbeddings, combineEvidence, type PhotoEvidence } from './combine';
import type { EvidenceFeatures } from './evidence';
import { levelForOverall, type SkillLevel } from './levels';
import type { Scorer, Scores } from './types';

export interface ConfidenceParts {
  /** Mean photo quality (0–1). */
  photoQuality: number;
  /** min(1, photos ÷ 3): three or more photos give the full count factor. */
  photoCount: number;
  /** 1 − mean |photo overall − combined overall| ÷ 20, clamped (1 = the photos agree). */
  agreement: number;
}

export interface SkillAssessment {
  scores: Scores;
  level: SkillLevel;
  /** 0–1; see `confidenceFrom`. */
  confidence: number;
  confidenceParts: ConfidenceParts;
  /** The combined evidence the scores were computed from. */
  evidence: EvidenceFeatures;
  /** Overall score of each photo alone (same order as the input). */
  photoOverall: number[];
}

/** Points of disagreement between a photo and the whole at which agreement reaches 0. */
const DISAGREEMENT_SPAN = 20;
/** Photos needed for the full count factor. */
const FULL_PHOTO_COUNT = 3;

/**
 * Scores one assessment (1–8 photos of the same work or the same artisan's work). Evidence and
 * embeddings are averaged, weighted by photo quality; each photo is also scored alone to see
 * whether the photos agree.
 */
export function assessSkill(photos: PhotoEvidence[], scorer: Scorer): SkillAssessment {
  const evidence = combineEvidence(photos);
  const embedding = combineEmbeddings(photos);
  const scores = scorer.score(embedding ? { features: evidence, embedding } : { features: evidence });
  const photoOverall = photos.map(
    (p) =>
      scorer.score(p.embedding ? { features: p.features, embedding: p.embedding } : { features: p.features })
        .overall,
  );
  const parts: ConfidenceParts = {
    photoQuality: round2(photos.reduce((s, p) => s + clamp01(p.quality), 0) / photos.length),
    photoCount: round2(Math.min(1, photos.length / FULL_PHOTO_COUNT)),
    agreement: round2(
      1 -
        clamp01(
          photoOverall.reduce((s, o) => s + Math.abs(o - scores.overall), 0) /
            photos.length /
            DISAGREEMENT_SPAN,
        ),
    ),
  };
  return {
    scores,
    level: levelForOverall(scores.overall),
    confidence: confidenceFrom(parts),
    confidenceParts: parts,
    evidence,
    photoOverall,
  };
}

/** confidence = photoQuality × (0.6 + 0.4 · photoCount) × (0.5 + 0.5 · agreement), 2 decimals. */
export function confidenceFrom(p: ConfidenceParts): number {
  return round2(p.photoQuality * (0.6 + 0.4 * p.photoCount) * (0.5 + 0.5 * p.agreement));
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
