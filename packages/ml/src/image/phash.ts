import { resizePlane, toLuma, type Plane } from './analysis';

/**
 * Perceptual hashes of a photo, 64 bits each as 16 hex characters.
 *
 * - pHash: luma area-resampled to 32×32, 2-D DCT-II, the 8×8 lowest frequencies; bit = coefficient
 *   above their median (as in the widely used `imagehash.phash`).
 * - dHash: luma resampled to 9×8; bit = pixel brighter than its right neighbour.
 *
 * Near duplicate: the pHash OR the dHash within `NEAR_DUPLICATE_MAX_BITS` (10 of 64) bits.
 * Re-encoding, resizing and mild brightness changes move each hash by a few bits; unrelated photos
 * differ by about 32 bits. Both are needed because craft work is often mirror-symmetric: then
 * half of the DCT coefficients are ≈ 0, sit right at the median and flip under re-compression
 * (measured: up to ~20 pHash bits on a resized copy of a symmetric grid, while its dHash moved
 * ≤ 8); dHash in turn is the weaker one on flat, featureless frames.
 */
export const NEAR_DUPLICATE_MAX_BITS = 10;

export interface PerceptualHashes {
  phash: string;
  dhash: string;
}

type RgbImage = { data: Uint8Array; width: number; height: number };

/** Both hashes; `luma` is the image's luma plane when the caller already has it. */
export function perceptualHashes(img: RgbImage, luma: Plane = toLuma(img)): PerceptualHashes {
  return { phash: phashOfLuma(luma), dhash: dhashOfLuma(luma) };
}

export function phash(img: RgbImage): string {
  return phashOfLuma(toLuma(img));
}

export function dhash(img: RgbImage): string {
  return dhashOfLuma(toLuma(img));
}

const N = 32;
/** DCT-II basis cos(π(2x+1)u / 2N) for u < 8, x < 32. */
const BASIS: Float64Array[] = Array.from({ length: 8 }, (_, u) =>
  Float64Array.from({ length: N }, (_, x) => Math.cos((Math.PI * (2 * x + 1) * u) / (2 * N))),
);

function phashOfLuma(luma: Plane): string {
  const small = resizePlane(luma, N, N).data;
  // Rows first: R[y][u] = Σx small[y][x]·basis[u][x]; then columns: C[v][u] = Σy R[y][u]·basis[v][y].
  const rows = new Float64Array(N * 8);
  for (let y = 0; y < N; y++) {
    for (let u = 0; u < 8; u++) {
      let s = 0;
      const b = BASIS[u]!;
      for (let x = 0; x < N; x++) s += small[y * N + x]! * b[x]!;
      rows[y * 8 + u] = s;
    }
  }
  const coeffs: number[] = [];
  for (let v = 0; v < 8; v++) {
    const b = BASIS[v]!;
    for (let u = 0; u < 8; u++) {
      let s = 0;
      for (let y = 0; y < N; y++) s += rows[y * 8 + u]! * b[y]!;
      coeffs.push(s);
    }
  }
  const sorted = [...coeffs].sort((a, b) => a - b);
  // A tiny margin above the median keeps float round-off from setting bits on a flat frame.
  const threshold = (sorted[31]! + sorted[32]!) / 2 + 1e-6 * (Math.abs(coeffs[0]!) + 1);
  return bitsToHex(coeffs.map((c) => c > threshold));
}

function dhashOfLuma(luma: Plane): string {
  const small = resizePlane(luma, 9, 8).data;
  const bits: boolean[] = [];
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 8; x++) bits.push(small[y * 9 + x]! > small[y * 9 + x + 1]!);
  return bitsToHex(bits);
}

function bitsToHex(bits: boolean[]): string {
  let hex = '';
  for (let i = 0; i < bits.length; i += 4) {
    const nibble = (bits[i] ? 8 : 0) | (bits[i + 1] ? 4 : 0) | (bits[i + 2] ? 2 : 0) | (bits[i + 3] ? 1 : 0);
    hex += nibble.toString(16);
  }
  return hex;
}

const POPCOUNT = Array.from(
  { length: 16 },
  (_, n) => ((n >> 3) & 1) + ((n >> 2) & 1) + ((n >> 1) & 1) + (n & 1),
);

/** Number of differing bits between two equal-length hex hashes. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length || !/^[0-9a-f]*$/i.test(a + b)) {
    throw new RangeError('hashes must be hex strings of equal length');
  }
  let d = 0;
  for (let i = 0; i < a.length; i++) d += POPCOUNT[parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)]!;
  return d;
}

/** Hamming distance of each hash. */
export function hashDistances(a: PerceptualHashes, b: PerceptualHashes): { phash: number; dhash: number } {
  return { phash: hammingDistance(a.phash, b.phash), dhash: hammingDistance(a.dhash, b.dhash) };
}

/**
 * Two photos are near duplicates when either hash is within `maxBits` (default 10 of 64).
 * Given two hex strings (one hash each), compares just those.
 */
export function isNearDuplicate(
  a: PerceptualHashes | string,
  b: PerceptualHashes | string,
  maxBits = NEAR_DUPLICATE_MAX_BITS,
): boolean {
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a !== 'string' || typeof b !== 'string')
      throw new TypeError('compare hashes of the same kind');
    return hammingDistance(a, b) <= maxBits;
  }
  const d = hashDistances(a, b);
  return Math.min(d.phash, d.dhash) <= maxBits;
}
