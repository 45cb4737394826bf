import { clamp01, toLuma, type AnalysisImage, type Plane } from '../image/analysis';
import { measureExposure, measureSharpness, type ExposureMetrics, type SharpnessMetrics } from './metrics';
import { estimateSubject, type Box } from './subject';
import { QUALITY_REFERENCES, QUALITY_THRESHOLDS, type QualityThresholds } from './thresholds';

export type QualityProblem = 'too_dark' | 'too_bright' | 'blurry' | 'too_small' | 'too_far';

export const QUALITY_PROBLEMS: readonly QualityProblem[] = [
  'too_dark',
  'too_bright',
  'blurry',
  'too_small',
  'too_far',
];

/** The retake tip (a key in the feedback catalogs, `retake.<problem>`) for each problem. */
export const RETAKE_TIP_KEY: Readonly<Record<QualityProblem, `retake.${QualityProblem}`>> = {
  too_dark: 'retake.too_dark',
  too_bright: 'retake.too_bright',
  blurry: 'retake.blurry',
  too_small: 'retake.too_small',
  too_far: 'retake.too_far',
};

export interface QualityMetrics extends SharpnessMetrics, ExposureMetrics {
  /** Short edge of the uploaded photo, pixels. */
  shortEdge: number;
  /** Share of the frame the work's box covers (0–1). */
  subjectFill: number;
  /** Where the work is, in analysis-buffer pixels. */
  subjectBox: Box;
}

export interface QualityReport {
  ok: boolean;
  metrics: QualityMetrics;
  problems: QualityProblem[];
  /** 0–1 goodness of the photo as evidence (geometric mean of the four normalized checks). */
  score: number;
}

/**
 * Judges whether a photo is good enough to score. Thresholds are documented in `thresholds.ts`.
 * `luma` is the image's luma plane when the caller already has it (`toLuma(img)`).
 */
export function assessPhotoQuality(
  img: AnalysisImage,
  overrides: Partial<QualityThresholds> = {},
  luma: Plane = toLuma(img),
): QualityReport {
  const t = { ...QUALITY_THRESHOLDS, ...overrides };
  const sharpness = measureSharpness(luma);
  const exposure = measureExposure(luma);
  const subject = estimateSubject(img);
  const metrics: QualityMetrics = {
    ...sharpness,
    ...exposure,
    shortEdge: Math.min(img.sourceWidth, img.sourceHeight),
    subjectFill: subject.fill,
    subjectBox: subject.box,
  };

  const problems: QualityProblem[] = [];
  if (metrics.meanLuma < t.minMeanLuma || metrics.shadowClip > t.maxShadowClip) problems.push('too_dark');
  if (metrics.meanLuma > t.maxMeanLuma || metrics.highlightClip > t.maxHighlightClip)
    problems.push('too_bright');
  const exposureBad = problems.length > 0;
  // A very dark or washed-out frame has no usable Laplacian energy either: ask for light first.
  if (
    !exposureBad &&
    (metrics.sharpnessRatio < t.minSharpnessRatio || metrics.laplacianVariance < t.minLaplacianVariance)
  ) {
    problems.push('blurry');
  }
  if (metrics.shortEdge < t.minShortEdge) problems.push('too_small');
  if (metrics.subjectFill < t.minSubjectFill) problems.push('too_far');

  return { ok: problems.length === 0, metrics, problems, score: qualityScore(metrics) };
}

/** Geometric mean of sharpness, exposure, resolution and framing goodness (each 0–1). */
export function qualityScore(m: QualityMetrics): number {
  const r = QUALITY_REFERENCES;
  const sharp = clamp01((m.sharpnessRatio - r.blurredRatio) / (r.crispRatio - r.blurredRatio));
  const darkness = clamp01((QUALITY_THRESHOLDS.minMeanLuma + 40 - m.meanLuma) / 80);
  const brightness = clamp01((m.meanLuma - (QUALITY_THRESHOLDS.maxMeanLuma - 30)) / 40);
  const clipping = clamp01(Math.max(m.shadowClip, m.highlightClip) / 0.5);
  const exposure = 1 - Math.max(darkness, brightness, clipping);
  const resolution = clamp01(m.shortEdge / r.goodShortEdge);
  const framing = clamp01(m.subjectFill / r.goodSubjectFill);
  const parts = [sharp, exposure, resolution, framing].map((x) => Math.max(0.01, x));
  return (
    Math.round(
      Math.pow(
        parts.reduce((a, b) => a * b, 1),
        1 / parts.length,
      ) * 1000,
    ) / 1000
  );
}
