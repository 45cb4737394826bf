export { clamp01, cropRgb, resizePlane, sobelMagnitude, toLuma } from './analysis';
export type { AnalysisImage, Plane } from './analysis';
export { IMAGE_REJECT_REASONS, ImageRejected, isImageRejected, REJECT_HTTP_STATUS } from './errors';
export type { ImageRejectReason } from './errors';
export { readDimensions } from './header';
export type { ImageDimensions } from './header';
export { inspectImage } from './inspect';
export type { ImageInfo } from './inspect';
export { DEFAULT_IMAGE_LIMITS, NORMALIZE_SIZES } from './limits';
export type { ImageLimits } from './limits';
export { decodeForAnalysis, normalizeImage } from './normalize';
export { isSrgbProfile } from './icc';
export type { EncodedImage, NormalizedImage, NormalizeOptions } from './normalize';
export {
  dhash,
  hammingDistance,
  hashDistances,
  isNearDuplicate,
  NEAR_DUPLICATE_MAX_BITS,
  perceptualHashes,
  phash,
} from './phash';
export type { PerceptualHashes } from './phash';
export { detectImageType, IMAGE_MIME, sniffImageType } from './sniff';
export type { ImageType } from './sniff';
export { craftSvg, DEFAULT_PALETTE, seededRandom, synthesizeCraftPhoto } from './synthetic';
export type { SyntheticCraftOptions } from './synthetic';
