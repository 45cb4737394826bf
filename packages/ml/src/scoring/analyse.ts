import { toLuma, type AnalysisImage } from '../image/analysis';
import { perceptualHashes, type PerceptualHashes } from '../image/phash';
import { assessPhotoQuality, type QualityReport } from '../quality/gate';
import { extractEvidence, type EvidenceReport } from './evidence';

export interface PhotoAnalysis {
  quality: QualityReport;
  hashes: PerceptualHashes;
  /** Measured on the work's box; null when the photo failed the quality gate (no score from it). */
  evidence: EvidenceReport | null;
}

/** The per-photo steps after intake: quality gate, perceptual hashes, evidence features. */
export function analysePhoto(img: AnalysisImage): PhotoAnalysis {
  // One luma plane serves the gate, the hashes and the evidence.
  const luma = toLuma(img);
  const quality = assessPhotoQuality(img, {}, luma);
  return {
    quality,
    hashes: perceptualHashes(img, luma),
    evidence: quality.ok ? extractEvidence(img, quality.metrics.subjectBox, luma) : null,
  };
}
