import { l2Normalize } from '../model/vector';

export { l2Normalize };

/** Dot product (cosine similarity for unit vectors). */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** Element-wise sum of equally long vectors, in float64 for accuracy. */
export function sumVectors(vectors: readonly ArrayLike<number>[], dim: number): Float64Array {
  const out = new Float64Array(dim);
  for (const v of vectors) for (let i = 0; i < dim; i++) out[i]! += v[i] ?? 0;
  return out;
}

/** Unit-length mean direction of unit vectors (the normalised sum). */
export function meanDirection(vectors: readonly ArrayLike<number>[], dim: number): Float32Array {
  return l2Normalize(sumVectors(vectors, dim));
}

/** Float32 values as base64 (little-endian), for compact JSON. */
export function float32ToBase64(v: Float32Array): string {
  const bytes = new Uint8Array(v.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < v.length; i++) view.setFloat32(i * 4, v[i] ?? 0, true);
  return Buffer.from(bytes).toString('base64');
}

export function base64ToFloat32(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) throw new RangeError('base64 vector length is not a multiple of 4 bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}
