export { assessPhotoQuality, qualityScore, QUALITY_PROBLEMS, RETAKE_TIP_KEY } from './gate';
export type { QualityMetrics, QualityProblem, QualityReport } from './gate';
export { measureExposure, measureSharpness } from './metrics';
export type { ExposureMetrics, SharpnessMetrics } from './metrics';
export { estimateSubject } from './subject';
export type { Box, SubjectEstimate } from './subject';
export { QUALITY_REFERENCES, QUALITY_THRESHOLDS } from './thresholds';
export type { QualityThresholds } from './thresholds';
