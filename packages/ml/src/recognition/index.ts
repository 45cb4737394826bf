export type {
  CraftEntry,
  CraftProbability,
  CraftThreshold,
  DeclaredComparison,
  GalleryIndex,
  GalleryRef,
  MethodCalibration,
  RecognitionMethod,
  RecognitionResult,
} from './types';
export { buildGalleryIndex, galleryCrafts, UNKNOWN_CRAFT, type BuildGalleryOptions } from './gallery';
export {
  compareDeclared,
  recognize,
  recognizeMany,
  type CompareDeclaredOptions,
  type RecognizeManyOptions,
  type RecognizeOptions,
} from './recognize';
export { deserializeGalleryIndex, serializeGalleryIndex, type GalleryIndexJSON } from './serialize';
export { K_SIGMA, SPREAD_FLOOR, softmax } from './calibration';
