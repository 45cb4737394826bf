import { assessmentsSchema } from '@shebalance/db';
import sharp from 'sharp';
import type { Container } from '../../container';

/**
 * Stores `count` work photos (original and a 160 px thumbnail) for an assessment and records them,
 * as Snap leaves them: shared by the credential tests, the verification journey and its bench.
 * No test-runner imports, so bench/ can use it too.
 */
export async function storeWorkPhotos(
  container: Container,
  o: {
    assessmentId: string;
    artisanId: string;
    count: number;
    keyPrefix: string;
    photo: (seed: number) => Promise<Buffer>;
  },
): Promise<string[]> {
  const photoIds: string[] = [];
  for (let i = 0; i < o.count; i++) {
    const photoId = crypto.randomUUID();
    const image = await o.photo(i + 1);
    const originalKey = `${o.keyPrefix}/${photoId}.jpg`;
    const thumbnailKey = `${o.keyPrefix}/${photoId}-thumb.jpg`;
    await container.storage.store.put(originalKey, image, 'image/jpeg');
    await container.storage.store.put(
      thumbnailKey,
      await sharp(image).resize(160).jpeg().toBuffer(),
      'image/jpeg',
    );
    await container.database.db.insert(assessmentsSchema.assessmentPhotos).values({
      id: photoId,
      assessmentId: o.assessmentId,
      artisanId: o.artisanId,
      idx: i,
      originalKey,
      thumbnailKey,
      sha256: photoId.replace(/-/g, ''),
      width: 320,
      height: 320,
      quality: { ok: true, problems: [], score: 0.9, metrics: {} },
    });
    photoIds.push(photoId);
  }
  return photoIds;
}

/** A synthetic painting-like work photo (bands and a circle, 320 px JPEG). */
export async function aPaintedWorkPhoto(seed: number): Promise<Buffer> {
  const bands = Array.from(
    { length: 10 },
    (_, i) =>
      `<rect x="0" y="${i * 32}" width="320" height="16" fill="hsl(${(seed * 41 + i * 30) % 360},70%,45%)"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320"><rect width="100%" height="100%" fill="#f3e2bf"/>${bands}<circle cx="160" cy="160" r="60" fill="#7a1f3d"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
