import { craftThresholds, fitScale, type LooSample } from './calibration';
import { centroidScores, knnScoresFromSimilarities, referenceSimilarities } from './scores';
import type { CraftEntry, GalleryIndex, GalleryRef, MethodCalibration } from './types';
import { dot, l2Normalize, sumVectors } from './vector';

export const UNKNOWN_CRAFT = 'unknown';

export interface BuildGalleryOptions {
  /** Neighbours per craft for the k-NN score (default 3). */
  k?: number;
  /** The VisionModel that produced the embeddings (recorded in the index). */
  modelId?: string;
  /** Most k-NN leave-one-out queries used for calibration (cost is queries × references). */
  maxKnnCalibrationQueries?: number;
}

function validateRefs(refs: readonly GalleryRef[]): number {
  if (refs.length === 0) throw new RangeError('A gallery needs at least one reference');
  const dim = refs[0]!.embedding.length;
  for (const [i, ref] of refs.entries()) {
    if (!ref.craftId || ref.craftId === UNKNOWN_CRAFT)
      throw new RangeError(`Reference ${i} has an invalid craft id`);
    if (ref.embedding.length !== dim || dim === 0) {
      throw new RangeError(`Reference ${i} has ${ref.embedding.length} dimensions, expected ${dim}`);
    }
    for (let j = 0; j < dim; j++) {
      if (!Number.isFinite(ref.embedding[j])) throw new RangeError(`Reference ${i} has a non-finite value`);
    }
  }
  return dim;
}

/** Group unit embeddings by craft, crafts sorted by id. */
function craftEntries(
  refs: GalleryIndex['refs'],
  dim: number,
): { crafts: CraftEntry[]; sums: Float64Array[] } {
  const groups = new Map<string, Float32Array[]>();
  for (const r of refs) {
    const list = groups.get(r.craftId);
    if (list) list.push(r.embedding);
    else groups.set(r.craftId, [r.embedding]);
  }
  const ids = [...groups.keys()].sort();
  const sums = ids.map((id) => sumVectors(groups.get(id)!, dim));
  const crafts = ids.map((craftId, i) => ({
    craftId,
    count: groups.get(craftId)!.length,
    centroid: l2Normalize(sums[i]!),
  }));
  return { crafts, sums };
}

/** LOO centroid scores: the own craft's centroid is recomputed without the reference. */
function centroidLooSamples(index: GalleryIndex, sums: Float64Array[]): LooSample[] {
  const position = new Map(index.crafts.map((c, i) => [c.craftId, i]));
  const sumNorm2 = sums.map((s) => dot(s, s));
  const samples: LooSample[] = [];
  for (const ref of index.refs) {
    const label = position.get(ref.craftId)!;
    if (index.crafts[label]!.count < 2) continue;
    const scores = centroidScores(index, ref.embedding);
    const xs = dot(ref.embedding, sums[label]!);
    const xx = dot(ref.embedding, ref.embedding);
    const rest = Math.sqrt(Math.max(sumNorm2[label]! - 2 * xs + xx, 1e-12));
    scores[label] = (xs - xx) / rest;
    samples.push({ label, scores });
  }
  return samples;
}

/** LOO k-NN scores on an evenly spaced subset of at most `max` references. */
function knnLooSamples(index: GalleryIndex, max: number): LooSample[] {
  const position = new Map(index.crafts.map((c, i) => [c.craftId, i]));
  const n = index.refs.length;
  const step = Math.max(1, n / Math.max(1, max));
  const samples: LooSample[] = [];
  for (let q = 0; q < n; q += step) {
    const i = Math.floor(q);
    const ref = index.refs[i]!;
    const label = position.get(ref.craftId)!;
    if (index.crafts[label]!.count < 2) continue;
    samples.push({
      label,
      scores: knnScoresFromSimilarities(index, referenceSimilarities(index, ref.embedding), i),
    });
  }
  return samples;
}

function looAccuracy(samples: readonly LooSample[]): number {
  if (!samples.length) return NaN;
  let correct = 0;
  for (const { label, scores } of samples) {
    let best = -1;
    for (let c = 0; c < scores.length; c++)
      if (best < 0 || (scores[c] ?? -Infinity) > (scores[best] ?? -Infinity)) best = c;
    if (best === label) correct++;
  }
  return correct / samples.length;
}

function calibrate(samples: LooSample[], crafts: readonly CraftEntry[]): MethodCalibration {
  return {
    scale: fitScale(samples, crafts.length),
    thresholds: craftThresholds(
      samples,
      crafts.map((c) => c.craftId),
    ),
    looAccuracy: looAccuracy(samples),
    looSamples: samples.length,
  };
}

/**
 * Build a recognition index over labelled reference embeddings: unit-normalises them, computes
 * each craft's centroid, and calibrates both methods by leave-one-out (see calibration.ts).
 */
export function buildGalleryIndex(
  refs: readonly GalleryRef[],
  options: BuildGalleryOptions = {},
): GalleryIndex {
  const dim = validateRefs(refs);
  const units = refs.map((r) => ({ craftId: r.craftId, embedding: l2Normalize(r.embedding) }));
  const { crafts, sums } = craftEntries(units, dim);
  const index: GalleryIndex = {
    version: 1,
    dim,
    ...(options.modelId ? { modelId: options.modelId } : {}),
    k: Math.max(1, Math.floor(options.k ?? 3)),
    refs: units,
    crafts,
    calibration: {
      centroid: { scale: 0, thresholds: {}, looAccuracy: NaN, looSamples: 0 },
      knn: { scale: 0, thresholds: {}, looAccuracy: NaN, looSamples: 0 },
    },
  };
  index.calibration.centroid = calibrate(centroidLooSamples(index, sums), crafts);
  index.calibration.knn = calibrate(knnLooSamples(index, options.maxKnnCalibrationQueries ?? 600), crafts);
  return index;
}

/** The crafts an index can recognise. */
export function galleryCrafts(index: GalleryIndex): string[] {
  return index.crafts.map((c) => c.craftId);
}
