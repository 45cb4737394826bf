/**
 * Photo quality thresholds (all measured on the ≤512 px analysis buffer unless noted).
 *
 * - blurry: fine-to-coarse Laplacian energy ratio r = Var(∇²L) / Var(∇²(L↓2)) below `minSharpnessRatio`.
 *   A crisp photo keeps about as much Laplacian energy at full analysis scale as at half scale
 *   (r ≈ 0.5–0.7 on step edges); Gaussian blur removes the fine band first (σ ≈ 0.85 px at analysis
 *   scale gives r ≈ 0.2, σ ≈ 1.7 px gives r ≈ 0.1). Because it is a ratio it does not depend on the
 *   contrast of the work. A photo whose absolute Laplacian variance is below `minLaplacianVariance`
 *   has no sharp detail at all and is also "blurry".
 * - too_dark / too_bright: mean luma (0–255) and the share of clipped pixels (luma ≤ 8 / ≥ 247).
 *   White-on-white work (chikankari) is bright but not clipped, so the bright limits are generous.
 * - too_small: short edge of the uploaded (oriented) photo in pixels.
 * - too_far: the subject box (see `subject.ts`) covers less than `minSubjectFill` of the frame.
 */
export const QUALITY_THRESHOLDS = {
  minSharpnessRatio: 0.25,
  minLaplacianVariance: 20,
  minMeanLuma: 55,
  maxShadowClip: 0.45,
  maxMeanLuma: 235,
  maxHighlightClip: 0.35,
  shadowLuma: 8,
  highlightLuma: 247,
  minShortEdge: 480,
  minSubjectFill: 0.2,
} as const;

export type QualityThresholds = { -readonly [K in keyof typeof QUALITY_THRESHOLDS]: number };

/** References that map each metric onto a 0–1 "goodness" for weighting photos. */
export const QUALITY_REFERENCES = {
  /** Sharpness ratio mapped linearly from `blurredRatio` (0) to `crispRatio` (1). */
  blurredRatio: 0.1,
  crispRatio: 0.45,
  /** Short edge at which resolution is fully adequate. */
  goodShortEdge: 1080,
  /** Subject fill at which framing is fully adequate. */
  goodSubjectFill: 0.5,
} as const;
