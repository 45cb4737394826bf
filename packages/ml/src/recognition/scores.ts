import type { GalleryIndex } from './types';
import { dot } from './vector';

/**
 * Per-craft scores of a query (unit vector), in the order of `index.crafts`:
 * - centroid: cosine similarity to the craft's mean direction;
 * - knn: mean cosine similarity to the craft's k most similar references (k' = min(k, count)).
 */

interface Prepared {
  /** Craft position of every reference. */
  refCraft: Int32Array;
}

const prepared = new WeakMap<GalleryIndex, Prepared>();

function prepare(index: GalleryIndex): Prepared {
  let p = prepared.get(index);
  if (!p) {
    const position = new Map(index.crafts.map((c, i) => [c.craftId, i]));
    p = { refCraft: Int32Array.from(index.refs, (r) => position.get(r.craftId) ?? -1) };
    prepared.set(index, p);
  }
  return p;
}

export function centroidScores(index: GalleryIndex, query: ArrayLike<number>): Float64Array {
  return Float64Array.from(index.crafts, (c) => dot(query, c.centroid));
}

/** Cosine similarity of the query to every reference. */
export function referenceSimilarities(index: GalleryIndex, query: ArrayLike<number>): Float64Array {
  return Float64Array.from(index.refs, (r) => dot(query, r.embedding));
}

/**
 * k-NN scores from precomputed similarities; `exclude` leaves one reference out (for
 * leave-one-out calibration). A craft left with no reference scores NaN.
 */
export function knnScoresFromSimilarities(
  index: GalleryIndex,
  sims: Float64Array,
  exclude = -1,
): Float64Array {
  const { refCraft } = prepare(index);
  const k = Math.max(1, index.k);
  const top: number[][] = index.crafts.map(() => []);
  for (let j = 0; j < sims.length; j++) {
    if (j === exclude) continue;
    const list = top[refCraft[j] ?? -1];
    if (!list) continue;
    const s = sims[j] ?? 0;
    if (list.length < k) {
      list.push(s);
      list.sort((a, b) => b - a);
    } else if (s > (list[k - 1] ?? Infinity)) {
      list[k - 1] = s;
      list.sort((a, b) => b - a);
    }
  }
  return Float64Array.from(top, (list) =>
    list.length ? list.reduce((a, b) => a + b, 0) / list.length : NaN,
  );
}

export function knnScores(index: GalleryIndex, query: ArrayLike<number>): Float64Array {
  return knnScoresFromSimilarities(index, referenceSimilarities(index, query));
}

export function methodScores(
  index: GalleryIndex,
  query: ArrayLike<number>,
  method: 'centroid' | 'knn',
): Float64Array {
  return method === 'centroid' ? centroidScores(index, query) : knnScores(index, query);
}
