import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { AnalysisImage } from './analysis';
import { ImageRejected } from './errors';
import { inspectImage, type ImageInfo } from './inspect';
import { DEFAULT_IMAGE_LIMITS, NORMALIZE_SIZES, type ImageLimits } from './limits';

export interface EncodedImage {
  data: Buffer;
  width: number;
  height: number;
  mime: 'image/jpeg';
}

export interface NormalizedImage {
  /** What the upload claimed to be, read from its header. */
  info: ImageInfo;
  /** SHA-256 (hex) of the uploaded bytes: an exact-duplicate key. */
  sha256: string;
  /** Upright, metadata-free JPEG, long edge ≤ `maxLongEdge`. */
  image: EncodedImage;
  /** Upright, metadata-free JPEG thumbnail. */
  thumbnail: EncodedImage;
  /** Small raw RGB buffer for quality, hashing and evidence features. */
  analysis: AnalysisImage;
}

export interface NormalizeOptions {
  limits?: ImageLimits;
  sizes?: Partial<typeof NORMALIZE_SIZES>;
}

/**
 * Intake → one decode → upright (EXIF orientation applied) → every metadata block dropped
 * (EXIF with GPS, XMP, IPTC, ICC: pixels are converted to sRGB first) → stored JPEG,
 * thumbnail and analysis buffer. Undecodable or truncated input throws `ImageRejected('corrupt')`.
 */
export async function normalizeImage(buf: Buffer, options: NormalizeOptions = {}): Promise<NormalizedImage> {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const sizes = { ...NORMALIZE_SIZES, ...options.sizes };
  const info = inspectImage(buf, limits);
  const sha256 = createHash('sha256').update(buf).digest('hex');

  const upright = await decodeUpright(buf, limits, sizes.maxLongEdge);
  const raw = { raw: { width: upright.width, height: upright.height, channels: 3 as const } };

  const [image, thumbnail, analysis] = await Promise.all([
    sharp(upright.data, raw).jpeg({ quality: sizes.jpegQuality }).toBuffer({ resolveWithObject: true }),
    sharp(upright.data, raw)
      .resize({
        width: sizes.thumbnailLongEdge,
        height: sizes.thumbnailLongEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: sizes.thumbnailQuality })
      .toBuffer({ resolveWithObject: true }),
    sharp(upright.data, raw)
      .resize({
        width: sizes.analysisLongEdge,
        height: sizes.analysisLongEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .raw()
      .toBuffer({ resolveWithObject: true }),
  ]);

  return {
    info,
    sha256,
    image: { data: image.data, width: image.info.width, height: image.info.height, mime: 'image/jpeg' },
    thumbnail: {
      data: thumbnail.data,
      width: thumbnail.info.width,
      height: thumbnail.info.height,
      mime: 'image/jpeg',
    },
    analysis: {
      data: new Uint8Array(analysis.data.buffer, analysis.data.byteOffset, analysis.data.byteLength),
      width: analysis.info.width,
      height: analysis.info.height,
      sourceWidth: upright.sourceWidth,
      sourceHeight: upright.sourceHeight,
    },
  };
}

interface Upright {
  data: Buffer;
  width: number;
  height: number;
  sourceWidth: number;
  sourceHeight: number;
}

/** The only full decode: oriented, flattened onto white, sRGB, 8-bit RGB, long edge ≤ maxLongEdge. */
async function decodeUpright(buf: Buffer, limits: ImageLimits, maxLongEdge: number): Promise<Upright> {
  const input = { failOn: 'error' as const, limitInputPixels: limits.maxPixels, autoOrient: true };
  try {
    const meta = await sharp(buf, input).metadata();
    const sourceWidth = meta.autoOrient?.width ?? meta.width;
    const sourceHeight = meta.autoOrient?.height ?? meta.height;
    const { data, info } = await sharp(buf, input)
      .resize({ width: maxLongEdge, height: maxLongEdge, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
    return { data, width: info.width, height: info.height, sourceWidth, sourceHeight };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (/pixel limit/i.test(message))
      throw new ImageRejected('too_many_pixels', { maxPixels: limits.maxPixels }, { cause });
    throw new ImageRejected('corrupt', { stage: 'decode' }, { cause });
  }
}
