import { EVIDENCE_NAMES, round3, type EvidenceFeatures } from './evidence';

/** One photo's contribution to an assessment. */
export interface PhotoEvidence {
  features: EvidenceFeatures;
  /** Photo quality 0–1 (`QualityReport.score`): better photos count more. */
  quality: number;
  embedding?: Float32Array;
}

/** Photos are weighted by quality, never below this, so a weak photo still counts a little. */
const MIN_WEIGHT = 0.05;

function weights(photos: PhotoEvidence[]): number[] {
  return photos.map((p) => Math.max(MIN_WEIGHT, Number.isFinite(p.quality) ? p.quality : 0));
}

/** Quality-weighted mean of each evidence feature over the photos of one assessment. */
export function combineEvidence(photos: PhotoEvidence[]): EvidenceFeatures {
  if (photos.length === 0) throw new RangeError('at least one photo is needed');
  const w = weights(photos);
  const total = w.reduce((a, b) => a + b, 0);
  const out = {} as EvidenceFeatures;
  for (const name of EVIDENCE_NAMES) {
    out[name] = round3(photos.reduce((s, p, i) => s + p.features[name] * w[i]!, 0) / total);
  }
  return out;
}

/** Quality-weighted mean embedding, or undefined unless every photo has one of the same length. */
export function combineEmbeddings(photos: PhotoEvidence[]): Float32Array | undefined {
  const first = photos[0]?.embedding;
  if (!first || photos.some((p) => p.embedding?.length !== first.length)) return undefined;
  const w = weights(photos);
  const total = w.reduce((a, b) => a + b, 0);
  const out = new Float32Array(first.length);
  photos.forEach((p, i) => {
    const e = p.embedding!;
    for (let j = 0; j < out.length; j++) out[j] = out[j]! + (e[j]! * w[i]!) / total;
  });
  return out;
}
