import type { EvidenceFeatures, EvidenceName } from './evidence';
import {
  clampScore,
  overallOf,
  SCORE_DIMENSIONS,
  type Contribution,
  type ScoreDimension,
  type Scorer,
  type ScorerInput,
  type Scores,
} from './types';

/**
 * rules-v1: each score is 100 × a weighted sum of 0–1 evidence features (weights sum to 1).
 *
 * | score      | evidence (weight)                                                              |
 * |------------|--------------------------------------------------------------------------------|
 * | technique  | line sharpness .35 · pattern regularity .25 · symmetry .20 · edge density .20    |
 * | complexity | detail across scales .40 · edge density .35 · colour richness .25              |
 * | quality    | line sharpness .40 · symmetry .25 · pattern regularity .20 · colour richness .15 |
 *
 * Technique is control: crisp, even lines, repeats that match and balanced layout. Complexity is
 * how much is going on: fine detail at several scales, dense work, many colours. Quality (finish)
 * is neatness: crisp edges, symmetry and regular repeats, clean colour.
 */
export const RULES_V1_WEIGHTS: Readonly<Record<ScoreDimension, Partial<Record<EvidenceName, number>>>> = {
  technique: { lineSharpness: 0.35, patternRegularity: 0.25, symmetry: 0.2, edgeDensity: 0.2 },
  complexity: { detailAcrossScales: 0.4, edgeDensity: 0.35, colourRichness: 0.25 },
  quality: { lineSharpness: 0.4, symmetry: 0.25, patternRegularity: 0.2, colourRichness: 0.15 },
};

export const RULES_MODEL_VERSION = 'rules-v1';

export class RuleScorer implements Scorer {
  readonly modelVersion = RULES_MODEL_VERSION;

  constructor(private readonly weights = RULES_V1_WEIGHTS) {}

  score(input: ScorerInput): Scores {
    const explanation = {} as Record<ScoreDimension, Contribution[]>;
    const values = {} as Record<ScoreDimension, number>;
    for (const dim of SCORE_DIMENSIONS) {
      explanation[dim] = contributions(input.features, this.weights[dim]);
      values[dim] = clampScore(explanation[dim].reduce((s, c) => s + c.points, 0));
    }
    return { ...values, overall: overallOf(values), explanation, modelVersion: this.modelVersion };
  }
}

function contributions(
  features: EvidenceFeatures,
  weights: Partial<Record<EvidenceName, number>>,
): Contribution[] {
  return Object.entries(weights)
    .map(([name, weight]) => {
      const value = features[name as EvidenceName] ?? 0;
      return {
        source: name as EvidenceName,
        value,
        weight: weight ?? 0,
        points: Math.round(value * (weight ?? 0) * 1000) / 10,
      };
    })
    .sort((a, b) => b.points - a.points);
}
