import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import type { AnalysisImage } from './analysis';
import { ImageRejected } from './errors';
import { isSrgbProfile } from './icc';
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
 * Intake → one decode (JPEGs shrink while decoding) → upright (EXIF orientation applied) → every
 * metadata block dropped (EXIF with GPS, XMP, IPTC, ICC: pixels are converted to sRGB first) →
 * the stored JPEG, in the same libvips pipeline. The analysis buffer is then read back from the
 * stored JPEG (exactly what the assessment pipeline later reads) and the thumbnail is cut from it.
 * Undecodable or truncated input throws `ImageRejected('corrupt')`.
 */
export async function normalizeImage(buf: Buffer, options: NormalizeOptions = {}): Promise<NormalizedImage> {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const sizes = { ...NORMALIZE_SIZES, ...options.sizes };
  const info = inspectImage(buf, limits);
  const sha256 = createHash('sha256').update(buf).digest('hex');

  const stored = await decodeUpright(buf, limits, sizes.maxLongEdge, (pipeline) =>
    pipeline.jpeg({ quality: sizes.jpegQuality }),
  );
  // The same decode as `decodeForAnalysis(stored)`: the buffer the pipeline will see.
  const analysis = await decodeUpright(stored.data, limits, sizes.analysisLongEdge);
  // A thumbnail no larger than the analysis buffer is resized from it (no third decode).
  const thumbnailSource =
    sizes.thumbnailLongEdge <= sizes.analysisLongEdge
      ? sharp(analysis.data, { raw: { width: analysis.width, height: analysis.height, channels: 3 } })
      : sharp(stored.data);
  const thumbnail = await thumbnailSource
    .resize(inside(sizes.thumbnailLongEdge))
    .jpeg({ quality: sizes.thumbnailQuality })
    .toBuffer({ resolveWithObject: true });

  return {
    info,
    sha256,
    image: { data: stored.data, width: stored.width, height: stored.height, mime: 'image/jpeg' },
    thumbnail: {
      data: thumbnail.data,
      width: thumbnail.info.width,
      height: thumbnail.info.height,
      mime: 'image/jpeg',
    },
    analysis: {
      data: new Uint8Array(analysis.data.buffer, analysis.data.byteOffset, analysis.data.byteLength),
      width: analysis.width,
      height: analysis.height,
      sourceWidth: stored.sourceWidth,
      sourceHeight: stored.sourceHeight,
    },
  };
}

const inside = (longEdge: number) => ({
  width: longEdge,
  height: longEdge,
  fit: 'inside' as const,
  withoutEnlargement: true,
});

interface Upright {
  data: Buffer;
  width: number;
  height: number;
  sourceWidth: number;
  sourceHeight: number;
}

/**
 * The only decode of an upload: oriented, flattened onto white, sRGB, 8-bit RGB, long edge
 * ≤ maxLongEdge, written as raw pixels or, through `output`, encoded. JPEGs shrink while decoding
 * (libjpeg DCT scaling) when the target is ≥ 2× smaller. A profile that already is sRGB is not
 * run through the colour transform (identical pixels, see `icc.ts`).
 */
async function decodeUpright(
  buf: Buffer,
  limits: ImageLimits,
  maxLongEdge: number,
  output: (pipeline: Sharp) => Sharp = (pipeline) => pipeline.raw({ depth: 'uchar' }),
): Promise<Upright> {
  const input = { failOn: 'error' as const, limitInputPixels: limits.maxPixels, autoOrient: true };
  try {
    const meta = await sharp(buf, input).metadata();
    const sourceWidth = meta.autoOrient?.width ?? meta.width;
    const sourceHeight = meta.autoOrient?.height ?? meta.height;
    const pipeline = sharp(buf, { ...input, ignoreIcc: isSrgbProfile(meta.icc) })
      .resize(inside(maxLongEdge))
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha();
    const { data, info } = await output(pipeline).toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
    return { data, width: info.width, height: info.height, sourceWidth, sourceHeight };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (/pixel limit/i.test(message))
      throw new ImageRejected('too_many_pixels', { maxPixels: limits.maxPixels }, { cause });
    throw new ImageRejected('corrupt', { stage: 'decode' }, { cause });
  }
}

/**
 * Just the analysis buffer of a photo (no stored JPEG, no thumbnail, no hash): what the pipeline
 * reads from a photo that intake already normalized. Same checks and the same decode as
 * `normalizeImage`; given the stored JPEG it returns exactly `normalizeImage(…).analysis`.
 */
export async function decodeForAnalysis(
  buf: Buffer,
  options: { limits?: ImageLimits; longEdge?: number } = {},
): Promise<AnalysisImage> {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  inspectImage(buf, limits);
  const upright = await decodeUpright(buf, limits, options.longEdge ?? NORMALIZE_SIZES.analysisLongEdge);
  return {
    data: new Uint8Array(upright.data.buffer, upright.data.byteOffset, upright.data.byteLength),
    width: upright.width,
    height: upright.height,
    sourceWidth: upright.sourceWidth,
    sourceHeight: upright.sourceHeight,
  };
}
