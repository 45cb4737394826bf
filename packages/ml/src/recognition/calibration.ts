import type { CraftThreshold } from './types';

/**
 * Calibration learned from the gallery itself, by leave-one-out (LOO): every reference is
 * scored against the gallery without it, which gives
 *   (a) labelled score vectors → the softmax scale (Platt-style, below), and
 *   (b) each craft's own-class scores → its 'unknown' threshold.
 *
 * Confidence: p = softmax(scale · scores). The scale (1 / temperature) minimises the
 * cross-entropy of the LOO samples against Platt's smoothed targets — the true craft gets
 * 1 − ε and the others share ε, with ε = 1 / (N + 2) for N samples — so a small, perfectly
 * separated gallery does not claim certainty (plain maximum likelihood would push the scale
 * to infinity). The loss is convex in the scale; a golden-section search finds it.
 *
 * Unknown rule: a photo is 'unknown' when its best craft score is below that craft's
 *   threshold = mean − K_SIGMA · spread
 * of the craft's LOO own-class scores, where spread is the craft's standard deviation when it
 * has at least MIN_SAMPLES_FOR_OWN_SPREAD LOO scores and otherwise the spread pooled over all
 * crafts, never below SPREAD_FLOOR. A craft with no LOO score (a single reference) uses the
 * pooled mean and spread; a gallery with no LOO score at all uses FALLBACK_MEAN/FALLBACK_SPREAD.
 * In-gallery factor g = sigmoid(SHARPNESS · (score − threshold) / spread): ½ at the threshold,
 * ≈ 1 at the craft's typical score; confidence in a craft is p · g, in 'unknown' 1 − g.
 */
export const K_SIGMA = 3;
export const SPREAD_FLOOR = 0.05;
export const MIN_SAMPLES_FOR_OWN_SPREAD = 3;
export const FALLBACK_MEAN = 0.9;
export const FALLBACK_SPREAD = 0.05;
export const SHARPNESS = 2;
/** Softmax scale when it cannot be fitted (one craft, or no LOO sample). */
export const DEFAULT_SCALE = 20;
const SCALE_RANGE: [number, number] = [0.5, 1000];

export interface LooSample {
  /** Position of the true craft. */
  label: number;
  /** Score per craft (NaN for a craft with no reference left). */
  scores: Float64Array;
}

export function softmax(scores: ArrayLike<number>, scale: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++)
    if (Number.isFinite(scores[i])) max = Math.max(max, scale * scores[i]!);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    out[i] = Number.isFinite(s) ? Math.exp(scale * s - max) : 0;
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i] = sum > 0 ? out[i]! / sum : 1 / out.length;
  return out;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Cross-entropy of LOO samples at a given scale, against Platt-smoothed targets. */
function smoothedLoss(samples: readonly LooSample[], classes: number, scale: number): number {
  const eps = 1 / (samples.length + 2);
  let loss = 0;
  for (const { label, scores } of samples) {
    const p = softmax(scores, scale);
    for (let c = 0; c < classes; c++) {
      const target = c === label ? 1 - eps : eps / (classes - 1);
      if (target > 0) loss -= target * Math.log(Math.max(p[c] ?? 0, 1e-12));
    }
  }
  return loss / samples.length;
}

/** Softmax scale fitted on LOO samples (DEFAULT_SCALE when fewer than 2 crafts or no sample). */
export function fitScale(samples: readonly LooSample[], classes: number): number {
  if (classes < 2 || samples.length === 0) return DEFAULT_SCALE;
  // Golden-section search on log(scale); the loss is convex in scale, hence unimodal in log(scale).
  let lo = Math.log(SCALE_RANGE[0]);
  let hi = Math.log(SCALE_RANGE[1]);
  const phi = (Math.sqrt(5) - 1) / 2;
  const f = (x: number) => smoothedLoss(samples, classes, Math.exp(x));
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < 60 && hi - lo > 1e-4; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = f(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = f(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}

function meanAndStd(values: readonly number[]): { mean: number; std: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance =
    values.length > 1 ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1) : 0;
  return { mean, std: Math.sqrt(variance) };
}

/** Per-craft 'unknown' thresholds from LOO own-class scores (rule in the header). */
export function craftThresholds(
  samples: readonly LooSample[],
  craftIds: readonly string[],
): Record<string, CraftThreshold> {
  const own: number[][] = craftIds.map(() => []);
  for (const { label, scores } of samples) {
    const s = scores[label];
    if (s !== undefined && Number.isFinite(s)) own[label]?.push(s);
  }
  // Pooled within-craft spread and overall mean.
  let squares = 0;
  let dof = 0;
  const all: number[] = [];
  for (const values of own) {
    all.push(...values);
    if (values.length < 2) continue;
    const { mean } = meanAndStd(values);
    squares += values.reduce((a, b) => a + (b - mean) ** 2, 0);
    dof += values.length - 1;
  }
  const pooledMean = all.length ? all.reduce((a, b) => a + b, 0) / all.length : FALLBACK_MEAN;
  const pooledSpread = dof > 0 ? Math.sqrt(squares / dof) : FALLBACK_SPREAD;
  const out: Record<string, CraftThreshold> = {};
  craftIds.forEach((craftId, i) => {
    const values = own[i] ?? [];
    const stats = values.length ? meanAndStd(values) : { mean: pooledMean, std: pooledSpread };
    const raw = values.length >= MIN_SAMPLES_FOR_OWN_SPREAD ? stats.std : pooledSpread;
    const spread = Math.max(raw, SPREAD_FLOOR);
    out[craftId] = {
      threshold: stats.mean - K_SIGMA * spread,
      mean: stats.mean,
      spread,
      samples: values.length,
    };
  });
  return out;
}

/** How far inside a craft's cloud a score is: ½ at the threshold, near 1 at its typical score. */
export function inGalleryFactor(score: number, t: CraftThreshold): number {
  return sigmoid((SHARPNESS * (score - t.threshold)) / t.spread);
}
