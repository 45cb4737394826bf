import { EVIDENCE_NAMES, type EvidenceFeatures } from '../scoring/evidence';
import { SCORE_DIMENSIONS, type ScoreDimension } from '../scoring/types';

/** One reviewed assessment: the evidence (and optionally the embedding) with a reviewer's grades. */
export interface TrainingSample {
  features: EvidenceFeatures;
  embedding?: ArrayLike<number>;
  /** Reviewer grades 0–100 (an override replaces the automatic scores). */
  grades: Record<ScoreDimension, number>;
}

/** The model input: evidence features in `EVIDENCE_NAMES` order, then the embedding (if used). */
export function inputRow(
  features: EvidenceFeatures,
  embedding: ArrayLike<number> | undefined,
  embeddingDims: number,
): number[] {
  const row: number[] = EVIDENCE_NAMES.map((n) => features[n]);
  if (embeddingDims > 0) {
    if (embedding && embedding.length !== embeddingDims) {
      throw new RangeError(
        `embedding has ${embedding.length} dimensions, the model expects ${embeddingDims}`,
      );
    }
    for (let i = 0; i < embeddingDims; i++) row.push(embedding ? embedding[i]! : Number.NaN);
  }
  return row;
}

export function targetRow(sample: TrainingSample): number[] {
  return SCORE_DIMENSIONS.map((d) => sample.grades[d]);
}

/** Embedding width to train with: the common length when every sample has one and it is wanted, else 0. */
export function embeddingDimsOf(samples: readonly TrainingSample[], useEmbedding: boolean): number {
  if (!useEmbedding) return 0;
  const first = samples[0]?.embedding?.length ?? 0;
  if (first === 0 || samples.some((s) => s.embedding?.length !== first)) return 0;
  return first;
}

export interface Standardizer {
  means: number[];
  stds: number[];
}

/** Column means and standard deviations (a constant column gets std 1). */
export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  const cols = rows[0]?.length ?? 0;
  const means = new Array<number>(cols).fill(0);
  const stds = new Array<number>(cols).fill(0);
  for (const r of rows) for (let j = 0; j < cols; j++) means[j]! += r[j]!;
  for (let j = 0; j < cols; j++) means[j]! /= rows.length;
  for (const r of rows) for (let j = 0; j < cols; j++) stds[j]! += (r[j]! - means[j]!) ** 2;
  for (let j = 0; j < cols; j++) {
    const sd = Math.sqrt(stds[j]! / rows.length);
    stds[j] = sd > 1e-9 ? sd : 1;
  }
  return { means, stds };
}

/** z-scores; a missing value (NaN, e.g. no embedding) becomes 0 = "average". */
export function standardizeRow(row: readonly number[], s: Standardizer): number[] {
  return row.map((v, j) => (Number.isNaN(v) ? 0 : (v - s.means[j]!) / s.stds[j]!));
}
