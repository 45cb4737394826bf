/** Photos are made smaller in the browser before upload: less data on a slow, costly connection. */

export const MAX_EDGE = 2048;

export interface Size {
  width: number;
  height: number;
}

/** The size that fits within `max` on the long edge, keeping the aspect ratio; never enlarges. */
export function fitWithin(size: Size, max = MAX_EDGE): Size & { scale: number } {
  const long = Math.max(size.width, size.height);
  if (!(long > 0)) throw new Error('image has no size');
  const scale = long > max ? max / long : 1;
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
    scale,
  };
}

/** Re-encode only when it helps: too big in pixels, or a heavy non-JPEG file. */
export function needsResize(size: Size, bytes: number, type: string, max = MAX_EDGE): boolean {
  return Math.max(size.width, size.height) > max || (type !== 'image/jpeg' && bytes > 300_000);
}

/** Draws the photo (upright, per its EXIF orientation) onto a canvas no larger than `max`, as JPEG. */
export async function resizePhoto(file: Blob, max = MAX_EDGE, quality = 0.85): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const source = { width: bitmap.width, height: bitmap.height };
    if (!needsResize(source, file.size, file.type, max)) return file;
    const { width, height } = fitWithin(source, max);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    if (!g) return file;
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('could not encode photo'))),
        'image/jpeg',
        quality,
      ),
    );
  } finally {
    bitmap.close();
  }
}
