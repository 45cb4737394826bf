/**
 * The small raw picture every measurement reads: 8-bit sRGB, 3 channels interleaved (RGBRGB…),
 * row-major, at most `NORMALIZE_SIZES.analysisLongEdge` on the long edge.
 * `sourceWidth`/`sourceHeight` are the oriented dimensions of the uploaded photo.
 */
export interface AnalysisImage {
  data: Uint8Array;
  width: number;
  height: number;
  sourceWidth: number;
  sourceHeight: number;
}

/** A single-channel float plane (luminance, gradients, …), row-major. */
export interface Plane {
  data: Float32Array;
  width: number;
  height: number;
}

export function createPlane(width: number, height: number): Plane {
  return { data: new Float32Array(width * height), width, height };
}

/** Rec. 601 luma in 0–255. */
export function toLuma(img: { data: Uint8Array; width: number; height: number }): Plane {
  const out = createPlane(img.width, img.height);
  const src = img.data;
  for (let i = 0, p = 0; i < out.data.length; i++, p += 3) {
    out.data[i] = 0.299 * (src[p] ?? 0) + 0.587 * (src[p + 1] ?? 0) + 0.114 * (src[p + 2] ?? 0);
  }
  return out;
}

/** Area-average resample to exactly `width`×`height` (each target pixel averages its source box). */
export function resizePlane(src: Plane, width: number, height: number): Plane {
  const out = createPlane(width, height);
  for (let ty = 0; ty < height; ty++) {
    const y0 = Math.floor((ty * src.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * src.height) / height));
    for (let tx = 0; tx < width; tx++) {
      const x0 = Math.floor((tx * src.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((tx + 1) * src.width) / width));
      let sum = 0;
      for (let y = y0; y < y1; y++) {
        const row = y * src.width;
        for (let x = x0; x < x1; x++) sum += src.data[row + x] ?? 0;
      }
      out.data[ty * width + tx] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/** Halves a plane with a 2×2 box (one pyramid level). */
export function halvePlane(src: Plane): Plane {
  return resizePlane(src, Math.max(1, src.width >> 1), Math.max(1, src.height >> 1));
}

/** Cuts the rectangle [x0,x1)×[y0,y1) out of a plane. */
export function cropPlane(src: Plane, box: { x0: number; y0: number; x1: number; y1: number }): Plane {
  const width = Math.max(1, box.x1 - box.x0);
  const height = Math.max(1, box.y1 - box.y0);
  const out = createPlane(width, height);
  for (let y = 0; y < height; y++) {
    const from = (box.y0 + y) * src.width + box.x0;
    out.data.set(src.data.subarray(from, from + width), y * width);
  }
  return out;
}

/** Cuts a rectangle out of an RGB analysis image. */
export function cropRgb<T extends { data: Uint8Array; width: number; height: number }>(
  img: T,
  box: { x0: number; y0: number; x1: number; y1: number },
): { data: Uint8Array; width: number; height: number } {
  const width = Math.max(1, box.x1 - box.x0);
  const height = Math.max(1, box.y1 - box.y0);
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const from = ((box.y0 + y) * img.width + box.x0) * 3;
    data.set(img.data.subarray(from, from + width * 3), y * width * 3);
  }
  return { data, width, height };
}

/** 3×3 Sobel gradients of a plane: horizontal, vertical and raw magnitude (0 on the border). */
export interface SobelGradients {
  width: number;
  height: number;
  gx: Float32Array;
  gy: Float32Array;
  /** √(gx² + gy²); a black-to-white step (0→255) reads 4·255 = 1020. */
  magnitude: Float32Array;
}

/** The one Sobel implementation: the quality gate's and the evidence features' edges both use it. */
export function sobel(src: Plane): SobelGradients {
  const { width: w, height: h, data: d } = src;
  const gx = new Float32Array(w * h);
  const gy = new Float32Array(w * h);
  const magnitude = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const a = d[i - w - 1]!,
        b = d[i - w]!,
        c = d[i - w + 1]!;
      const l = d[i - 1]!,
        r = d[i + 1]!;
      const e = d[i + w - 1]!,
        f = d[i + w]!,
        g = d[i + w + 1]!;
      const sx = c + 2 * r + g - (a + 2 * l + e);
      const sy = e + 2 * f + g - (a + 2 * b + c);
      gx[i] = sx;
      gy[i] = sy;
      magnitude[i] = Math.sqrt(sx * sx + sy * sy);
    }
  }
  return { width: w, height: h, gx, gy, magnitude };
}

/**
 * 3×3 Sobel gradient magnitude, divided by 4·255 so that a perfect black-to-white step reads 1.
 * Border pixels are 0.
 */
export function sobelMagnitude(src: Plane): Plane {
  const { magnitude } = sobel(src);
  for (let i = 0; i < magnitude.length; i++) magnitude[i] = magnitude[i]! / 1020;
  return { data: magnitude, width: src.width, height: src.height };
}

/** 4-neighbour Laplacian (0 on the border). */
export function laplacian(src: Plane): Plane {
  const { width: w, height: h, data: d } = src;
  const out = createPlane(w, h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      out.data[i] = d[i - w]! + d[i + w]! + d[i - 1]! + d[i + 1]! - 4 * d[i]!;
    }
  }
  return out;
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return values.length ? s / values.length : 0;
}

export function variance(values: ArrayLike<number>): number {
  const m = mean(values);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i]! - m) ** 2;
  return values.length ? s / values.length : 0;
}

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : Number.isFinite(x) ? x : 0);
