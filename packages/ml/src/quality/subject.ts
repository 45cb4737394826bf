import { clamp01 } from '../image/analysis';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SubjectEstimate {
  /** Where the work is, in analysis-buffer pixels. */
  box: Box;
  /** Box area / frame area (0–1). */
  fill: number;
  /** Share of frame pixels that differ from the background colour. */
  foreground: number;
  /** Share of border pixels that differ from the border's median colour (high → the work runs off the frame). */
  borderVariety: number;
}

/** How far (Euclidean RGB) a pixel must be from the background colour to count as the work. */
const FOREGROUND_DISTANCE = 40;
/** Border strip width as a share of the short edge. */
const BORDER_SHARE = 0.04;
/** When more than this share of the border is not background-coloured, the work fills the frame. */
const FULL_FRAME_BORDER_VARIETY = 0.5;
/** Trim this share of foreground pixels from each side when taking the box (robust to specks). */
const TRIM = 0.02;

/** Median of one channel over the given pixel indices, by a 256-bin histogram. */
function channelMedian(data: Uint8Array, pixels: Uint32Array, channel: number): number {
  const hist = new Uint32Array(256);
  for (const i of pixels) hist[data[i * 3 + channel]!]!++;
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!;
    if (acc * 2 >= pixels.length) return v;
  }
  return 0;
}

/**
 * Foreground-versus-border-colour estimate of where the work is. The background colour is the
 * per-channel median of a thin border strip; pixels far from it are foreground; the box spans the
 * 2nd–98th percentile of foreground x and y. If the border itself is mostly not one colour, the
 * work (or a busy scene) runs off the frame and the whole frame is the subject.
 */
export function estimateSubject(img: { data: Uint8Array; width: number; height: number }): SubjectEstimate {
  const { data, width: w, height: h } = img;
  const full: Box = { x0: 0, y0: 0, x1: w, y1: h };
  const band = Math.max(2, Math.round(Math.min(w, h) * BORDER_SHARE));
  const borderAll = new Uint32Array(w * h);
  let borderCount = 0;
  for (let y = 0; y < h; y++) {
    const inner = y >= band && y < h - band;
    for (let x = 0; x < w; x++) {
      if (inner && x >= band && x < w - band) x = w - band;
      borderAll[borderCount++] = y * w + x;
    }
  }
  const border = borderAll.subarray(0, borderCount);
  const [br, bgc, bb] = [0, 1, 2].map((c) => channelMedian(data, border, c)) as [number, number, number];
  const limit = FOREGROUND_DISTANCE * FOREGROUND_DISTANCE;
  const far = (i: number) => {
    const dr = data[i * 3]! - br;
    const dg = data[i * 3 + 1]! - bgc;
    const db = data[i * 3 + 2]! - bb;
    return dr * dr + dg * dg + db * db > limit;
  };

  let borderFar = 0;
  for (const i of border) if (far(i)) borderFar++;
  const borderVariety = borderFar / Math.max(1, border.length);
  const colHist = new Float64Array(w);
  const rowHist = new Float64Array(h);
  let count = 0;
  for (let y = 0, p = 0; y < h; y++) {
    let inRow = 0;
    for (let x = 0; x < w; x++, p += 3) {
      const dr = data[p]! - br;
      const dg = data[p + 1]! - bgc;
      const db = data[p + 2]! - bb;
      if (dr * dr + dg * dg + db * db <= limit) continue;
      colHist[x]!++;
      inRow++;
    }
    rowHist[y] = inRow;
    count += inRow;
  }
  const foreground = count / (w * h);
  if (borderVariety > FULL_FRAME_BORDER_VARIETY) return { box: full, fill: 1, foreground, borderVariety };
  if (count < w * h * 0.002) return { box: full, fill: foreground, foreground, borderVariety };

  const [x0, x1] = trimmedRange(colHist, count);
  const [y0, y1] = trimmedRange(rowHist, count);
  const box = { x0, y0, x1, y1 };
  const fill = clamp01(((x1 - x0) * (y1 - y0)) / (w * h));
  return { box, fill, foreground, borderVariety };
}

/** [first, last+1) indices between the TRIM and 1−TRIM quantiles of a histogram. */
function trimmedRange(hist: Float64Array, total: number): [number, number] {
  const lo = total * TRIM;
  const hi = total * (1 - TRIM);
  let acc = 0;
  let start = 0;
  let end = hist.length;
  let startSet = false;
  for (let i = 0; i < hist.length; i++) {
    acc += hist[i]!;
    if (!startSet && acc > lo) {
      start = i;
      startSet = true;
    }
    if (acc >= hi) {
      end = i + 1;
      break;
    }
  }
  return [start, Math.max(start + 1, end)];
}
