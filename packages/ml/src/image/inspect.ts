import { ImageRejected } from './errors';
import { readDimensions } from './header';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './limits';
import { IMAGE_MIME, sniffImageType, type ImageType } from './sniff';

export interface ImageInfo {
  type: ImageType;
  mime: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Cheap intake checks, in order: empty → too large → magic bytes → header dimensions →
 * pixel count. Nothing is decoded here; `normalizeImage` runs this first and then decodes.
 */
export function inspectImage(buf: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): ImageInfo {
  if (buf.length === 0) throw new ImageRejected('empty');
  if (buf.length > limits.maxBytes) {
    throw new ImageRejected('too_large', { bytes: buf.length, maxBytes: limits.maxBytes });
  }
  const type = sniffImageType(buf);
  const { width, height } = readDimensions(buf, type);
  if (width * height > limits.maxPixels) {
    throw new ImageRejected('too_many_pixels', { width, height, maxPixels: limits.maxPixels });
  }
  return { type, mime: IMAGE_MIME[type], width, height, bytes: buf.length };
}
