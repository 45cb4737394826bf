import { inGalleryFactor, softmax } from './calibration';
import { UNKNOWN_CRAFT } from './gallery';
import { methodScores } from './scores';
import type {
  CraftProbability,
  DeclaredComparison,
  GalleryIndex,
  RecognitionMethod,
  RecognitionResult,
} from './types';
import { l2Normalize, meanDirection } from './vector';

export interface RecognizeOptions {
  /** 'centroid' (default) or 'knn'. */
  method?: RecognitionMethod;
  /** How many alternatives to list (default 3). */
  maxAlternatives?: number;
}

interface CraftDistribution {
  /** p(craft) · g per craft, in index order. */
  known: Float64Array;
  /** 1 − g of the nearest craft. */
  unknown: number;
  /** Per-craft scores (cosine similarities), in index order. */
  scores: Float64Array;
  nearest: number;
  similarity: number;
  threshold: number;
  /** The best score is below its craft's 'unknown' threshold. */
  outside: boolean;
}

function distribution(
  index: GalleryIndex,
  embedding: ArrayLike<number>,
  method: RecognitionMethod,
): CraftDistribution {
  if (embedding.length !== index.dim) {
    throw new RangeError(`Embedding has ${embedding.length} dimensions, the gallery ${index.dim}`);
  }
  const calibration = index.calibration[method];
  const scores = methodScores(index, l2Normalize(embedding), method);
  let nearest = 0;
  for (let c = 1; c < scores.length; c++)
    if ((scores[c] ?? -Infinity) > (scores[nearest] ?? -Infinity)) nearest = c;
  const craft = index.crafts[nearest]!;
  const t = calibration.thresholds[craft.craftId]!;
  const similarity = scores[nearest] ?? -1;
  const g = inGalleryFactor(similarity, t);
  const p = softmax(scores, calibration.scale);
  return {
    known: p.map((v) => v * g),
    unknown: 1 - g,
    scores,
    nearest,
    similarity,
    threshold: t.threshold,
    outside: similarity < t.threshold,
  };
}

function present(
  index: GalleryIndex,
  d: CraftDistribution,
  method: RecognitionMethod,
  maxAlternatives: number,
): RecognitionResult {
  const ranked: CraftProbability[] = index.crafts
    .map((c, i) => ({ craftId: c.craftId, confidence: d.known[i] ?? 0 }))
    .sort((a, b) => b.confidence - a.confidence);
  const top = ranked[0]!;
  const isUnknown = d.outside || d.unknown > top.confidence;
  const craftId = isUnknown ? UNKNOWN_CRAFT : top.craftId;
  return {
    craftId,
    confidence: isUnknown ? d.unknown : top.confidence,
    alternatives: ranked.filter((r) => r.craftId !== craftId).slice(0, maxAlternatives),
    nearestCraftId: index.crafts[d.nearest]?.craftId ?? null,
    similarity: d.similarity,
    threshold: d.threshold,
    method,
  };
}

/** Recognise the craft of one photo from its embedding. */
export function recognize(
  index: GalleryIndex,
  embedding: ArrayLike<number>,
  options: RecognizeOptions = {},
): RecognitionResult {
  const method = options.method ?? 'centroid';
  return present(index, distribution(index, embedding, method), method, options.maxAlternatives ?? 3);
}

export interface RecognizeManyOptions extends RecognizeOptions {
  /**
   * 'mean' (default): recognise the mean direction of the photos' embeddings (one piece seen
   * from several sides). 'vote': average each photo's distribution over crafts and 'unknown'
   * (soft vote; robust when one photo is off, e.g. a close-up of the label).
   */
  combine?: 'mean' | 'vote';
}

/** Recognise the craft of one assessment from all its photos. */
export function recognizeMany(
  index: GalleryIndex,
  embeddings: readonly ArrayLike<number>[],
  options: RecognizeManyOptions = {},
): RecognitionResult {
  if (embeddings.length === 0) throw new RangeError('recognizeMany needs at least one embedding');
  const method = options.method ?? 'centroid';
  const maxAlternatives = options.maxAlternatives ?? 3;
  if ((options.combine ?? 'mean') === 'mean') {
    const units = embeddings.map((e) => l2Normalize(e));
    return present(
      index,
      distribution(index, meanDirection(units, index.dim), method),
      method,
      maxAlternatives,
    );
  }
  const parts = embeddings.map((e) => distribution(index, e, method));
  const n = parts.length;
  const known = new Float64Array(index.crafts.length);
  const scores = new Float64Array(index.crafts.length);
  for (const part of parts) {
    part.known.forEach((v, i) => (known[i]! += v / n));
    part.scores.forEach((v, i) => (scores[i]! += v / n));
  }
  let nearest = 0;
  for (let c = 1; c < known.length; c++) if (known[c]! > known[nearest]!) nearest = c;
  const vote: CraftDistribution = {
    known,
    unknown: parts.reduce((a, part) => a + part.unknown, 0) / n,
    scores,
    nearest,
    similarity: scores[nearest]!,
    threshold: index.calibration[method].thresholds[index.crafts[nearest]!.craftId]!.threshold,
    // 'unknown' when most photos are outside the gallery.
    outside: parts.filter((part) => part.outside).length * 2 > n,
  };
  return present(index, vote, method, maxAlternatives);
}

export interface CompareDeclaredOptions {
  /** Below this confidence a different recognised craft is not called a mismatch (default 0.5). */
  minConfidence?: number;
  /** Crafts the gallery knows; a declared craft outside it cannot be checked → 'unknown'. */
  knownCrafts?: Iterable<string>;
}

/**
 * Compare her declared craft with the recognised one:
 * - 'unknown' when nothing was declared, recognition said 'unknown', the declared craft has no
 *   references in the gallery, or a different craft was recognised with low confidence;
 * - 'match' when the recognised craft is the declared one;
 * - 'mismatch' when another craft was recognised with at least `minConfidence`.
 */
export function compareDeclared(
  declared: string | null | undefined,
  recognised: Pick<RecognitionResult, 'craftId' | 'confidence'>,
  options: CompareDeclaredOptions = {},
): DeclaredComparison {
  if (!declared || recognised.craftId === UNKNOWN_CRAFT) return 'unknown';
  if (options.knownCrafts && !new Set(options.knownCrafts).has(declared)) return 'unknown';
  if (recognised.craftId === declared) return 'match';
  return recognised.confidence >= (options.minConfidence ?? 0.5) ? 'mismatch' : 'unknown';
}
