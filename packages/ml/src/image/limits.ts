/** Intake limits. Documented in the issue: ≤ 10 MB per photo and ≤ 40 megapixels. */
export interface ImageLimits {
  /** Largest accepted file in bytes. */
  maxBytes: number;
  /** Largest accepted width × height, checked from the header before any pixel is decoded. */
  maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
};

/** Output sizes of `normalizeImage` (long edges in pixels, JPEG qualities 1–100). */
export interface NormalizeSizes {
  maxLongEdge: number;
  jpegQuality: number;
  thumbnailLongEdge: number;
  thumbnailQuality: number;
  analysisLongEdge: number;
}

export const NORMALIZE_SIZES: Readonly<NormalizeSizes> = {
  /** Long edge of the stored, metadata-free JPEG. */
  maxLongEdge: 2048,
  jpegQuality: 85,
  /** Long edge of the thumbnail JPEG. */
  thumbnailLongEdge: 320,
  thumbnailQuality: 75,
  /** Long edge of the raw RGB buffer that quality, hashing and evidence features read. */
  analysisLongEdge: 512,
};
