import type { Features } from './mfcc';

const distance = (a: Float32Array, b: Float32Array) => {
  let sum = 0;
  for (let k = 0; k < a.length; k++) {
    const d = a[k]! - b[k]!;
    sum += d * d;
  }
  return Math.sqrt(sum);
};

/**
 * Dynamic time warping distance between two feature sequences, normalised by the path length
 * (symmetric steps), with a Sakoe-Chiba band of `band` × the longer sequence. Infinity when the
 * lengths differ by more than the band allows.
 */
export function dtwDistance(a: Features, b: Features, band = 0.4): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return Infinity;
  const width = Math.max(Math.ceil(band * Math.max(n, m)), Math.abs(n - m) + 1);
  let prev = new Float64Array(m + 1).fill(Infinity);
  let prevLen = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  let curLen = new Float64Array(m + 1);
  prev[0] = 0;
  for (let i = 1; i <= n; i++) {
    cur.fill(Infinity);
    const centre = Math.round((i * m) / n);
    const lo = Math.max(1, centre - width);
    const hi = Math.min(m, centre + width);
    for (let j = lo; j <= hi; j++) {
      const d = distance(a[i - 1]!, b[j - 1]!);
      const diag = prev[j - 1]! + 2 * d;
      const up = prev[j]! + d;
      const left = cur[j - 1]! + d;
      if (diag <= up && diag <= left) {
        cur[j] = diag;
        curLen[j] = prevLen[j - 1]! + 2;
      } else if (up <= left) {
        cur[j] = up;
        curLen[j] = prevLen[j]! + 1;
      } else {
        cur[j] = left;
        curLen[j] = curLen[j - 1]! + 1;
      }
    }
    [prev, cur] = [cur, prev];
    [prevLen, curLen] = [curLen, prevLen];
  }
  return Number.isFinite(prev[m]!) ? prev[m]! / (n + m) : Infinity;
}
