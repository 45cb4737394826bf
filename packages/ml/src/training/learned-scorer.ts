import { EVIDENCE_NAMES } from '../scoring/evidence';
import {
  clampScore,
  overallOf,
  SCORE_DIMENSIONS,
  type Contribution,
  type ScoreDimension,
  type Scorer,
  type ScorerInput,
  type Scores,
} from '../scoring/types';
import { inputRow, standardizeRow } from './dataset';
import { parseRidgeModel, type RidgeModelJson } from './model';

/**
 * A trained ridge model behind the same `Scorer` interface as the rules. Its explanation lists,
 * per score, the baseline (intercept) and each evidence feature's weight × z-score in points;
 * the embedding's dimensions are summed into one 'embedding' line.
 */
export class LearnedScorer implements Scorer {
  readonly modelVersion: string;
  private readonly model: RidgeModelJson;

  constructor(model: unknown) {
    this.model = parseRidgeModel(model);
    this.modelVersion = this.model.modelVersion;
  }

  score(input: ScorerInput): Scores {
    const m = this.model;
    const z = standardizeRow(inputRow(input.features, input.embedding, m.embeddingDims), m);
    const explanation = {} as Record<ScoreDimension, Contribution[]>;
    const values = {} as Record<ScoreDimension, number>;
    for (const d of SCORE_DIMENSIONS) {
      const t = m.targets[d];
      const lines: Contribution[] = [
        { source: 'baseline', value: 1, weight: round2(t.intercept), points: round1(t.intercept) },
      ];
      EVIDENCE_NAMES.forEach((name, j) => {
        lines.push({
          source: name,
          value: round3(z[j]!),
          weight: round3(t.weights[j]!),
          points: round1(t.weights[j]! * z[j]!),
        });
      });
      if (m.embeddingDims > 0) {
        let e = 0;
        for (let j = EVIDENCE_NAMES.length; j < z.length; j++) e += t.weights[j]! * z[j]!;
        lines.push({ source: 'embedding', value: 1, weight: round3(e), points: round1(e) });
      }
      const raw = t.intercept + z.reduce((s, v, j) => s + t.weights[j]! * v, 0);
      values[d] = clampScore(raw);
      explanation[d] = lines.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    }
    return { ...values, overall: overallOf(values), explanation, modelVersion: this.modelVersion };
  }

  toJSON(): RidgeModelJson {
    return this.model;
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
