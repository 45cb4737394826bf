import sharp from 'sharp';
import type { Sharp } from 'sharp';
import type { RgbImage } from './port';
import { INPUT_SIZE } from './assets';

/**
 * Model input: the whole frame squashed to 224×224 RGB (no crop). This is what the classifier saw
 * in training (Keras resizes without keeping the aspect ratio, and nsfwjs does the same), and it
 * keeps the frame edges in view, so nothing at the border escapes the safety screen.
 */
export interface ModelPixels {
  /** INPUT_SIZE × INPUT_SIZE × 3 bytes, row-major RGB. */
  data: Uint8Array;
  size: number;
}

function fromSharp(pipeline: Sharp): Promise<ModelPixels> {
  return pipeline
    .resize(INPUT_SIZE, INPUT_SIZE, { fit: 'fill', kernel: 'lanczos3', fastShrinkOnLoad: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer()
    .then((data) => ({
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      size: INPUT_SIZE,
    }));
}

/**
 * Decode an encoded photo, apply its EXIF orientation, and shrink it to the model input.
 * JPEGs are shrunk while decoding (libjpeg DCT scaling), so a 12-megapixel photo never
 * exists at full size in memory.
 */
export function decodeForModel(image: Uint8Array): Promise<ModelPixels> {
  return fromSharp(sharp(image, { failOn: 'error' }).rotate());
}

/** Resize decoded pixels to the model input (a no-op copy when they already fit). */
export function pixelsForModel(image: RgbImage): Promise<ModelPixels> {
  const channels = image.channels ?? 3;
  const expected = image.width * image.height * channels;
  if (
    !Number.isInteger(image.width) ||
    !Number.isInteger(image.height) ||
    image.width < 1 ||
    image.height < 1
  ) {
    return Promise.reject(new RangeError(`Invalid image size ${image.width}×${image.height}`));
  }
  if (image.data.length !== expected) {
    return Promise.reject(
      new RangeError(
        `Expected ${expected} bytes for ${image.width}×${image.height}×${channels}, got ${image.data.length}`,
      ),
    );
  }
  if (channels === 3 && image.width === INPUT_SIZE && image.height === INPUT_SIZE) {
    return Promise.resolve({ data: image.data, size: INPUT_SIZE });
  }
  return fromSharp(sharp(image.data, { raw: { width: image.width, height: image.height, channels } }));
}
