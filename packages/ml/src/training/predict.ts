import type { EvidenceFeatures } from '../scoring/evidence';
import { SCORE_DIMENSIONS } from '../scoring/types';
import { inputRow, standardizeRow } from './dataset';
import type { RidgeModelJson } from './model';

/** Unclamped predictions in SCORE_DIMENSIONS order. A missing embedding counts as average. */
export function predictRaw(
  model: RidgeModelJson,
  features: EvidenceFeatures,
  embedding?: ArrayLike<number>,
): number[] {
  const z = standardizeRow(inputRow(features, embedding, model.embeddingDims), model);
  return SCORE_DIMENSIONS.map((d) => {
    const t = model.targets[d];
    let s = t.intercept;
    for (let j = 0; j < z.length; j++) s += t.weights[j]! * z[j]!;
    return s;
  });
}
