import { sobel, type Plane } from '../../image/analysis';

export interface EdgeMeasure {
  /** Share of pixels whose normalized Sobel magnitude exceeds the (contrast-scaled) edge threshold. */
  edgeShare: number;
  /**
   * Mean edge steepness at edge crests: Sobel magnitude ÷ (4 × local 5×5 luma range). 1 for an
   * ideal one-pixel step, lower as lines get soft, fuzzy or uneven.
   */
  steepness: number;
  /** Number of edge crests that `steepness` averages. */
  crests: number;
}

/**
 * Normalized Sobel magnitude (1 = black-to-white step) above which a pixel is "on an edge", for a
 * work of reference contrast (luma σ = `REFERENCE_CONTRAST`). The threshold scales with the work's
 * own contrast (σ floored at `MIN_CONTRAST`), so a dimmer photo of the same work finds the same edges.
 */
export const EDGE_THRESHOLD = 0.08;
export const REFERENCE_CONTRAST = 70;
export const MIN_CONTRAST = 25;
/** Crests with less local contrast than this (luma levels) are ignored: noise, not lines. */
const MIN_RANGE = 24;

export function measureEdges(luma: Plane, contrast = REFERENCE_CONTRAST): EdgeMeasure {
  const { width: w, height: h, data: d } = luma;
  const threshold = (EDGE_THRESHOLD * Math.max(contrast, MIN_CONTRAST)) / REFERENCE_CONTRAST;
  const { gx, gy, magnitude: mag } = sobel(luma);
  let edges = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) if (mag[y * w + x]! / 1020 > threshold) edges++;
  }
  let sum = 0;
  let crests = 0;
  for (let y = 2; y < h - 2; y++) {
    for (let x = 2; x < w - 2; x++) {
      const i = y * w + x;
      const m = mag[i]!;
      if (m / 1020 <= threshold) continue;
      // Non-maximum suppression along the quantized gradient direction.
      const angle = Math.atan2(gy[i]!, gx[i]!);
      const octant = Math.round((angle / Math.PI) * 4 + 8) % 4;
      const step = octant === 0 ? 1 : octant === 1 ? w + 1 : octant === 2 ? w : w - 1;
      if (m < mag[i - step]! || m < mag[i + step]!) continue;
      let lo = 255;
      let hi = 0;
      for (let oy = -2; oy <= 2; oy++) {
        for (let ox = -2; ox <= 2; ox++) {
          const v = d[i + oy * w + ox]!;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
      if (hi - lo < MIN_RANGE) continue;
      sum += Math.min(1, m / (4 * (hi - lo)));
      crests++;
    }
  }
  return { edgeShare: edges / Math.max(1, w * h), steepness: crests ? sum / crests : 0, crests };
}
