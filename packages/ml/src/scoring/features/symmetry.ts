import { resizePlane, type Plane } from '../../image/analysis';

export interface SymmetryMeasure {
  /** Pearson correlation of the work with its left-right mirror (−1…1). */
  leftRight: number;
  /** Pearson correlation with its top-bottom mirror (−1…1). */
  topBottom: number;
}

/** Coarse grid so that a hand-made motif a pixel or two off still counts as mirrored. */
const GRID = 64;

export function measureSymmetry(luma: Plane): SymmetryMeasure {
  const small = resizePlane(luma, GRID, GRID).data;
  const mirrored = (flipX: boolean) => (i: number) => {
    const x = i % GRID;
    const y = (i / GRID) | 0;
    return flipX ? small[y * GRID + (GRID - 1 - x)]! : small[(GRID - 1 - y) * GRID + x]!;
  };
  return { leftRight: correlate(small, mirrored(true)), topBottom: correlate(small, mirrored(false)) };
}

function correlate(a: Float32Array, b: (i: number) => number): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b(i);
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b(i) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
