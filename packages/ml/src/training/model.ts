import { EVIDENCE_NAMES, type EvidenceName } from '../scoring/evidence';
import { SCORE_DIMENSIONS, type ScoreDimension } from '../scoring/types';
import type { CvMetrics } from './metrics';

/** A trained ridge scorer as plain JSON (what the model registry stores). */
export interface RidgeModelJson {
  kind: 'ridge';
  formatVersion: 1;
  modelVersion: string;
  featureNames: EvidenceName[];
  /** 0 when the model uses no embedding. */
  embeddingDims: number;
  /** Standardization of the input row (features, then embedding). */
  means: number[];
  stds: number[];
  /** Per target: weights on standardized inputs, intercept, and the λ chosen by inner CV. */
  targets: Record<ScoreDimension, { intercept: number; weights: number[]; lambda: number }>;
  trainedOn: number;
  metrics?: CvMetrics;
}

/** Checks the shape of a stored model before use (a registry file may be old or damaged). */
export function parseRidgeModel(json: unknown): RidgeModelJson {
  const m = (typeof json === 'string' ? JSON.parse(json) : json) as RidgeModelJson;
  const fail = (why: string): never => {
    throw new TypeError(`not a ridge scorer model: ${why}`);
  };
  if (!m || m.kind !== 'ridge' || m.formatVersion !== 1) fail('kind/formatVersion');
  if (typeof m.modelVersion !== 'string' || !m.modelVersion) fail('modelVersion');
  if (JSON.stringify(m.featureNames) !== JSON.stringify(EVIDENCE_NAMES)) fail('featureNames');
  const width = EVIDENCE_NAMES.length + m.embeddingDims;
  if (!Number.isInteger(m.embeddingDims) || m.embeddingDims < 0) fail('embeddingDims');
  if (m.means?.length !== width || m.stds?.length !== width) fail('means/stds');
  for (const d of SCORE_DIMENSIONS) {
    const t = m.targets?.[d];
    if (!t || t.weights?.length !== width || !Number.isFinite(t.intercept)) fail(`target ${d}`);
    if (![...t!.weights, ...m.means, ...m.stds].every(Number.isFinite)) fail(`non-finite numbers in ${d}`);
  }
  return m;
}
