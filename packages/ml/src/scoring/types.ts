import type { EvidenceFeatures, EvidenceName } from './evidence';

export const SCORE_DIMENSIONS = ['technique', 'complexity', 'quality'] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];

/** One line of an explanation: how much a piece of evidence added to a 0–100 score. */
export interface Contribution {
  /** The evidence feature, 'embedding' (learned scorers) or 'baseline' (a learned intercept). */
  source: EvidenceName | 'embedding' | 'baseline';
  /** The feature's value (0–1 for evidence; a standardized value for learned models; 1 for baseline). */
  value: number;
  /** Its weight in the formula. */
  weight: number;
  /** Points it contributed to the score (they sum to the score before clamping and rounding). */
  points: number;
}

export interface Scores {
  technique: number;
  complexity: number;
  quality: number;
  overall: number;
  explanation: Record<ScoreDimension, Contribution[]>;
  modelVersion: string;
}

export interface ScorerInput {
  features: EvidenceFeatures;
  /** Image embedding (e.g. MobileNetV2's 1792-d features), averaged over the photos. */
  embedding?: Float32Array;
}

/** Anything that turns evidence into scores: the rules below, or a learned model. */
export interface Scorer {
  readonly modelVersion: string;
  score(input: ScorerInput): Scores;
}

/** Overall score = weighted mean of the three dimensions. */
export const OVERALL_WEIGHTS: Readonly<Record<ScoreDimension, number>> = {
  technique: 0.4,
  complexity: 0.3,
  quality: 0.3,
};

export function overallOf(s: Record<ScoreDimension, number>): number {
  return clampScore(
    OVERALL_WEIGHTS.technique * s.technique +
      OVERALL_WEIGHTS.complexity * s.complexity +
      OVERALL_WEIGHTS.quality * s.quality,
  );
}

export const clampScore = (x: number): number =>
  Math.round(Math.min(100, Math.max(0, Number.isFinite(x) ? x : 0)));
