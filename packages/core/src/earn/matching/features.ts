import { SUPPORTED_LANGS, type Lang } from '../../i18n/lang';
import { NEUTRAL_FEATURE, NO_HISTORY_PRIORS, REMOTE_DISTANCE_SCALE_KM } from './weights';

/** Pure feature functions shared by every matching path, so the index and a plain scan agree to the bit. */

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

const LANG_BIT: Readonly<Record<string, number>> = Object.fromEntries(
  SUPPORTED_LANGS.map((l, i) => [l, 1 << i]),
);

/** Bit i is SUPPORTED_LANGS[i]. */
export function langMask(langs: readonly Lang[]): number {
  let mask = 0;
  for (let i = 0; i < langs.length; i++) mask |= LANG_BIT[langs[i]!] ?? 0;
  return mask;
}

export const skillFeature = (score: number) => clamp01(score / 100);
export const onTimeFeature = (rate: number | null) => clamp01(rate ?? NO_HISTORY_PRIORS.onTimeRate);
export const ratingFeature = (rating: number | null) =>
  clamp01(((rating ?? NO_HISTORY_PRIORS.rating) - 1) / 4);
export const responseFeature = (rate: number | null) => clamp01(rate ?? NO_HISTORY_PRIORS.responseRate);

/** `maxKm` is the request's limit, or Infinity for remote OK. */
export function proximityFeature(distanceKm: number, maxKm: number): number {
  if (maxKm === Infinity)
    return 1 - Math.min(distanceKm, REMOTE_DISTANCE_SCALE_KM) / REMOTE_DISTANCE_SCALE_KM;
  return clamp01(1 - distanceKm / maxKm);
}

/** `requestMask` 0 means no preference: the feature does not apply. */
export function languageFeature(artisanMask: number, requestMask: number): number {
  if (requestMask === 0) return NEUTRAL_FEATURE.language;
  return (artisanMask & requestMask) !== 0 ? 1 : 0;
}

/** Cosine of a[aOffset … aOffset+dim) and b[0 … dim), accumulated in double precision. */
export function cosine(a: Float32Array, aOffset: number, b: Float32Array, dim: number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < dim; i++) {
    const x = a[aOffset + i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 0;
  return dot / Math.sqrt(na * nb);
}

/** Similarity to the buyer's reference; neutral when she has no (compatible) portfolio embedding. */
export function similarityFeature(
  reference: Float32Array | null,
  embedding: Float32Array | null,
  offset: number,
  dim: number,
): number {
  if (!reference) return NEUTRAL_FEATURE.similarity;
  if (!embedding || dim !== reference.length) return NEUTRAL_FEATURE.similarity;
  return clamp01(cosine(embedding, offset, reference, dim));
}
