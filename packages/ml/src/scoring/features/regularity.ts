import { resizePlane, type Plane } from '../../image/analysis';
import { fft2d } from './fft';

export interface RegularityMeasure {
  /** Highest normalized autocorrelation at a non-zero shift that is a local peak (−1…1). */
  peak: number;
  /** The shift (dx, dy) in pixels of the 128-px grid where that peak sits. */
  period: [number, number];
}

const GRID = 128;
const PADDED = 256;
/** Shifts shorter than this (grid pixels) belong to the central peak, not to a repeat. */
const MIN_SHIFT = 4;
/** Only shifts with at least half the grid overlapping are trusted. */
const MAX_SHIFT = GRID / 2;
/** Rows of the padded autocorrelation that the peak search reads (dy = −1 … MAX_SHIFT). */
const INVERSE_ROWS = [PADDED - 1, ...Array.from({ length: MAX_SHIFT + 1 }, (_, dy) => dy)];
/** Autocorrelation must dip at least this much half-way to a peak for it to count as a repeat. */
const MIN_DIP = 0.25;
/** Peaks this close to the highest count as equally strong when picking the period. */
const PEAK_TIE = 0.02;

/**
 * Pattern regularity: a repeated motif correlates with itself shifted by one repeat. Luma is
 * resampled to 128×128, mean-removed, zero-padded to 256 (no wrap-around) and autocorrelated via
 * FFT (|F|² inverse-transformed). Each shift's value is divided by its overlap area (unbiased) and
 * by the zero-shift value, so 1 means a perfect repeat. The measure is the highest local maximum
 * beyond the central peak that has a dip (≥ `MIN_DIP`) half-way back to the centre, so that a
 * ridge — one long straight line, or shifting along plain stripes — is not mistaken for a repeat.
 */
export function measureRegularity(luma: Plane): RegularityMeasure {
  const small = resizePlane(luma, GRID, GRID).data;
  let m = 0;
  for (const v of small) m += v;
  m /= small.length;
  const re = new Float64Array(PADDED * PADDED);
  const im = new Float64Array(PADDED * PADDED);
  for (let y = 0; y < GRID; y++) for (let x = 0; x < GRID; x++) re[y * PADDED + x] = small[y * GRID + x]! - m;
  fft2d(re, im, PADDED);
  for (let i = 0; i < re.length; i++) {
    re[i] = re[i]! * re[i]! + im[i]! * im[i]!;
    im[i] = 0;
  }
  // Only shifts −1 ≤ dy ≤ MAX_SHIFT are read below: transform just those rows back.
  fft2d(re, im, PADDED, true, INVERSE_ROWS);
  const zero = re[0]! / (GRID * GRID);
  if (zero <= 1e-9) return { peak: 0, period: [0, 0] };

  const at = (dx: number, dy: number): number => {
    const x = (dx + PADDED) % PADDED;
    const y = (dy + PADDED) % PADDED;
    return re[y * PADDED + x]! / ((GRID - Math.abs(dx)) * (GRID - Math.abs(dy)) * zero);
  };
  const maxima: { value: number; dx: number; dy: number }[] = [];
  // Autocorrelation is point-symmetric, so half the plane (dy ≥ 0) is enough.
  for (let dy = 0; dy <= MAX_SHIFT - 1; dy++) {
    for (let dx = -MAX_SHIFT + 1; dx <= MAX_SHIFT - 1; dx++) {
      if (dx * dx + dy * dy < MIN_SHIFT * MIN_SHIFT) continue;
      const v = at(dx, dy);
      if (v <= 0) continue;
      let isMax = true;
      for (let oy = -1; oy <= 1 && isMax; oy++) {
        for (let ox = -1; ox <= 1; ox++) {
          if ((ox || oy) && at(dx + ox, dy + oy) > v) {
            isMax = false;
            break;
          }
        }
      }
      // A repeat has a dip half-way back to the centre; a ridge (stripes, one long line) does not.
      if (isMax && at(Math.round(dx / 2), Math.round(dy / 2)) <= v - MIN_DIP)
        maxima.push({ value: v, dx, dy });
    }
  }
  if (maxima.length === 0) return { peak: 0, period: [0, 0] };
  const peak = Math.max(...maxima.map((m) => m.value));
  // Among (near-)equal peaks, the shortest shift is the repeat; longer ones are its multiples.
  const best = maxima
    .filter((m) => m.value >= peak - PEAK_TIE)
    .reduce((a, b) => (b.dx * b.dx + b.dy * b.dy < a.dx * a.dx + a.dy * a.dy ? b : a));
  const period: [number, number] = [best.dx, best.dy];
  return { peak: Math.min(1, peak), period };
}
