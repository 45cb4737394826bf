/** A labelled reference photo's embedding (unit length; any length is normalised on build). */
export interface GalleryRef {
  craftId: string;
  embedding: ArrayLike<number>;
}

/** nearest centroid (cosine to each craft's mean direction) or k nearest neighbours (cosine). */
export type RecognitionMethod = 'centroid' | 'knn';

/** The "known craft" test for one craft and one method, learned from the gallery itself. */
export interface CraftThreshold {
  /** Below this score a photo is 'unknown' (see calibration.ts for the rule). */
  threshold: number;
  /** Mean leave-one-out score of the craft's own references. */
  mean: number;
  /** Spread used (standard deviation, floored / pooled as documented). */
  spread: number;
  /** How many leave-one-out scores the statistics came from (0: pooled prior). */
  samples: number;
}

export interface MethodCalibration {
  /** Softmax scale applied to the per-craft scores (1 / temperature). */
  scale: number;
  thresholds: Record<string, CraftThreshold>;
  /** Leave-one-out accuracy of this method on the gallery (NaN when it could not be measured). */
  looAccuracy: number;
  /** Number of leave-one-out queries behind the calibration. */
  looSamples: number;
}

export interface CraftEntry {
  craftId: string;
  count: number;
  /** Unit-length mean direction of the craft's references. */
  centroid: Float32Array;
}

export interface GalleryIndex {
  version: 1;
  dim: number;
  /** The VisionModel whose embeddings the gallery holds (an index is only valid for that model). */
  modelId?: string;
  /** Neighbours per craft averaged by the k-NN score. */
  k: number;
  /** Unit-length reference embeddings. */
  refs: { craftId: string; embedding: Float32Array }[];
  /** Crafts in a stable order (sorted by id). */
  crafts: CraftEntry[];
  calibration: Record<RecognitionMethod, MethodCalibration>;
}

export interface CraftProbability {
  craftId: string;
  confidence: number;
}

export interface RecognitionResult {
  /** The recognised craft, or 'unknown' when the photo is far from every craft in the gallery. */
  craftId: string | 'unknown';
  /**
   * For a craft: calibrated probability that the photo is that craft (softmax over scaled
   * similarities, times the in-gallery factor). For 'unknown': 1 − in-gallery factor.
   */
  confidence: number;
  /** The other crafts, most likely first (never includes craftId). */
  alternatives: CraftProbability[];
  /** The craft with the highest score, even when the answer is 'unknown'. */
  nearestCraftId: string | null;
  /** Score of the nearest craft (cosine similarity) and its 'unknown' threshold. */
  similarity: number;
  threshold: number;
  method: RecognitionMethod;
}

export type DeclaredComparison = 'match' | 'mismatch' | 'unknown';
