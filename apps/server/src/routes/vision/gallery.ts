import { AppError, isCraftId } from '@shebalance/core';
import { newObjectKey } from '@shebalance/adapters/storage/index';
import type { Container } from '../../container';
import { photoIntake, visionFor } from '../../wiring/vision';

export interface GalleryImport {
  craftId: string;
  photos: Buffer[];
  createdBy: string | null;
  source: 'import' | 'review';
}

/**
 * Adds labelled reference photos to the recognition gallery (API and CLI): every photo is checked
 * and normalised first, then embedded by the vision model; the photos are kept in the object
 * store and their embeddings in gallery_references. Returns how many references the craft has.
 */
export async function addToGallery(
  container: Container,
  input: GalleryImport,
): Promise<{ added: number; total: number }> {
  if (!isCraftId(input.craftId))
    throw new AppError('validation', 'assessment.unknown_craft', {
      craft: String(input.craftId).slice(0, 60),
    });
  const vision = visionFor(container);
  input.photos.forEach((p, i) => photoIntake.check(p, i));
  const normalized = [];
  for (const [i, p] of input.photos.entries()) normalized.push(await photoIntake.normalize(p, i));
  const model = await vision.model();
  const screens = [];
  for (const n of normalized) {
    const analysis = await model.analyze(n.image);
    screens.push(analysis);
  }
  const now = container.deps.clock.now();
  const refs = [];
  for (const [i, n] of normalized.entries()) {
    const key = newObjectKey('gallery', 'jpg');
    await container.storage.store.put(key, n.image, 'image/jpeg');
    refs.push({
      id: container.deps.ids.uuid(),
      craftId: input.craftId,
      embedding: screens[i]!.embedding,
      modelId: model.modelId,
      source: input.source,
      photoKey: key,
      createdBy: input.createdBy,
      createdAt: now,
    });
  }
  await vision.gallery.add(refs);
  return { added: refs.length, total: await vision.gallery.countByCraft(model.modelId, input.craftId) };
}
