import { halvePlane, laplacian, variance, type Plane } from '../image/analysis';
import { QUALITY_THRESHOLDS } from './thresholds';

export interface SharpnessMetrics {
  /** Variance of the 4-neighbour Laplacian of luma at analysis scale. */
  laplacianVariance: number;
  /** Laplacian variance at analysis scale divided by the same at half scale (scale- and contrast-free). */
  sharpnessRatio: number;
}

export interface ExposureMetrics {
  /** Mean luma, 0–255. */
  meanLuma: number;
  /** Share of pixels with luma ≤ `shadowLuma`. */
  shadowClip: number;
  /** Share of pixels with luma ≥ `highlightLuma`. */
  highlightClip: number;
}

export function measureSharpness(luma: Plane): SharpnessMetrics {
  const fine = variance(laplacian(luma).data);
  const coarse = variance(laplacian(halvePlane(luma)).data);
  return { laplacianVariance: fine, sharpnessRatio: coarse > 0 ? fine / coarse : 0 };
}

export function measureExposure(luma: Plane): ExposureMetrics {
  const histogram = new Uint32Array(256);
  let sum = 0;
  const data = luma.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    // Math.round for v ≥ 0 (floor(v + ½)), clamped to 0–255.
    const bin = v <= 0 ? 0 : v >= 255 ? 255 : Math.floor(v + 0.5);
    histogram[bin]!++;
    sum += v;
  }
  const n = Math.max(1, luma.data.length);
  let shadows = 0;
  let highlights = 0;
  for (let v = 0; v < 256; v++) {
    if (v <= QUALITY_THRESHOLDS.shadowLuma) shadows += histogram[v]!;
    if (v >= QUALITY_THRESHOLDS.highlightLuma) highlights += histogram[v]!;
  }
  return { meanLuma: sum / n, shadowClip: shadows / n, highlightClip: highlights / n };
}
