import sharp from 'sharp';
import { SYNTHETIC_CRAFTS, syntheticCraftPhoto } from '@shebalance/ml/recognition/synthetic';

export interface BenchPhoto {
  name: string;
  craftId: string;
  bytes: Buffer;
  width: number;
  height: number;
}

/**
 * 12-megapixel (4000×3000) phone-like JPEGs: a synthetic craft drawn at 1000×750, enlarged,
 * overlaid with sensor-like Gaussian grain (so they compress like real photos, ~3–5 MB at
 * quality 88), and every other one stored sideways with EXIF orientation 6, as phones do.
 */
export async function generatePhotos(count: number, width = 4000, height = 3000): Promise<BenchPhoto[]> {
  const raw = { width, height, channels: 3 as const };
  const grain = await sharp({
    create: { ...raw, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 16 } },
  })
    .raw()
    .toBuffer();
  const photos: BenchPhoto[] = [];
  for (let i = 0; i < count; i++) {
    const craftId = SYNTHETIC_CRAFTS[i % SYNTHETIC_CRAFTS.length]!;
    const drawn = await syntheticCraftPhoto(craftId, 1000 + i, { width: width / 4, height: height / 4 });
    const enlarged = await sharp(drawn).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
    const textured = await sharp(enlarged, { raw })
      .composite([{ input: grain, raw, blend: 'soft-light' }])
      .removeAlpha() // composite adds an alpha channel
      .raw()
      .toBuffer();
    const sideways = i % 2 === 1;
    const image = sharp(textured, { raw });
    const jpeg = (sideways ? image.rotate(-90) : image).jpeg({ quality: 88 });
    const bytes = await (sideways ? jpeg.withMetadata({ orientation: 6 }) : jpeg).toBuffer();
    photos.push({ name: `photo-${i + 1}${sideways ? '-exif6' : ''}.jpg`, craftId, bytes, width, height });
  }
  return photos;
}
