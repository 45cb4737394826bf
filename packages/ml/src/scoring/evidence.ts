import {
  clamp01,
  cropPlane,
  cropRgb,
  toLuma,
  variance,
  type AnalysisImage,
  type Plane,
} from '../image/analysis';
import type { Box } from '../quality/subject';
import { measureColour, type ColourMeasure } from './features/colour';
import { measureDetail, type DetailMeasure } from './features/detail';
import { measureEdges, type EdgeMeasure } from './features/edges';
import { measureRegularity, type RegularityMeasure } from './features/regularity';
import { measureSymmetry, type SymmetryMeasure } from './features/symmetry';

/** The measured evidence behind every score, each normalized to 0–1 (1 = strong evidence of skill). */
export const EVIDENCE_NAMES = [
  'edgeDensity',
  'detailAcrossScales',
  'patternRegularity',
  'symmetry',
  'colourRichness',
  'lineSharpness',
] as const;

export type EvidenceName = (typeof EVIDENCE_NAMES)[number];
export type EvidenceFeatures = Record<EvidenceName, number>;

export interface EvidenceMeasures {
  edges: EdgeMeasure;
  detail: DetailMeasure;
  regularity: RegularityMeasure;
  symmetry: SymmetryMeasure;
  colour: ColourMeasure;
  /** Luma standard deviation of the work (the contrast that detail is measured against). */
  lumaStd: number;
}

export interface EvidenceReport {
  features: EvidenceFeatures;
  measures: EvidenceMeasures;
}

/**
 * How each raw measure becomes a 0–1 feature (documented, deterministic):
 * - edgeDensity = edge share ÷ 0.30 (30 % of the work on an edge reads as fully dense; the edge
 *   threshold scales with the work's contrast)
 * - detailAcrossScales = mean over 4 pyramid levels of (mean |∇²| ÷ max(σ_luma, 25)) ÷ 0.85
 * - patternRegularity = (autocorrelation peak − 0.15) ÷ 0.75
 * - symmetry = (max(left-right, top-bottom mirror correlation) − 0.1) ÷ 0.8
 * - colourRichness = ½·colourfulness ÷ 90 + ½·(distinct hues − 1) ÷ 5
 * - lineSharpness = (edge steepness − 0.40) ÷ 0.45
 * each clamped to 0–1.
 */
export const EVIDENCE_REFERENCES = {
  edgeShareFull: 0.3,
  detailMinContrast: 25,
  detailFull: 0.85,
  regularityFloor: 0.15,
  regularitySpan: 0.75,
  symmetryFloor: 0.1,
  symmetrySpan: 0.8,
  colourfulnessFull: 90,
  huesFull: 6,
  steepnessFloor: 0.4,
  steepnessSpan: 0.45,
} as const;

/**
 * Measures the evidence on the work itself: the analysis image is cropped to `subjectBox` (from
 * the quality gate) when one is given, so that the table around the work does not dilute it.
 * `imageLuma` is the whole image's luma plane when the caller already has it.
 */
export function extractEvidence(img: AnalysisImage, subjectBox?: Box, imageLuma?: Plane): EvidenceReport {
  const crop = subjectBox && boxIsUsable(subjectBox) ? subjectBox : null;
  const rgb = crop ? cropRgb(img, crop) : img;
  // Luma of the crop = the crop of the luma: reuse the caller's plane when it has one.
  const luma = imageLuma ? (crop ? cropPlane(imageLuma, crop) : imageLuma) : toLuma(rgb);
  const lumaStd = Math.sqrt(variance(luma.data));
  const measures: EvidenceMeasures = {
    edges: measureEdges(luma, lumaStd),
    detail: measureDetail(luma),
    regularity: measureRegularity(luma),
    symmetry: measureSymmetry(luma),
    colour: measureColour(rgb),
    lumaStd,
  };
  return { features: normalizeEvidence(measures), measures };
}

function boxIsUsable(box: Box): boolean {
  return box.x1 - box.x0 >= 16 && box.y1 - box.y0 >= 16;
}

export function normalizeEvidence(m: EvidenceMeasures): EvidenceFeatures {
  const r = EVIDENCE_REFERENCES;
  const contrast = Math.max(m.lumaStd, r.detailMinContrast);
  const bands = m.detail.bandEnergy;
  const detail = bands.length
    ? bands.reduce((s, e) => s + clamp01(e / contrast / r.detailFull), 0) / bands.length
    : 0;
  const colour =
    0.5 * clamp01(m.colour.colourfulness / r.colourfulnessFull) +
    0.5 * clamp01((m.colour.distinctHues - 1) / (r.huesFull - 1));
  return {
    edgeDensity: round3(clamp01(m.edges.edgeShare / r.edgeShareFull)),
    detailAcrossScales: round3(detail),
    patternRegularity: round3(clamp01((m.regularity.peak - r.regularityFloor) / r.regularitySpan)),
    symmetry: round3(
      clamp01((Math.max(m.symmetry.leftRight, m.symmetry.topBottom) - r.symmetryFloor) / r.symmetrySpan),
    ),
    colourRichness: round3(colour),
    lineSharpness: round3(clamp01((m.edges.steepness - r.steepnessFloor) / r.steepnessSpan)),
  };
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
