import { AssessmentIntakeError, type PhotoIntake } from '../../assessments/ports';
import type { PhotoScreen } from '../../assessments/types';
import { AppError, conflict, forbidden, invalid } from '../../shared/errors';
import type { Actor } from '../deps';
import { loadOwnedOpportunity } from './opportunities';
import type { EarnDeps, ReferencePhotoRecord } from './ports';

/** A buyer request has at most this many reference photos with an embedding. */
export const MAX_REFERENCE_PHOTOS = 4;

export interface ReferencePhotoDeps extends EarnDeps {
  /** The Snap → Score intake: magic bytes, size and pixel limits, upright, metadata stripped. */
  intake: PhotoIntake;
  /** The vision model's safety screen and embedding (the same forward pass the assessments use). */
  screen(image: Buffer): Promise<PhotoScreen>;
  objectKey(kind: 'reference' | 'thumbnail', ext: 'jpg'): string;
}

/**
 * The buyer adds reference photos to her request ("work like this"): each photo goes through the
 * assessment intake (nothing is stored if any photo is refused), then the vision model's safety
 * screen and embedding; the cleaned photo and thumbnail are stored and linked with the embedding,
 * which matching turns into the visual-similarity feature. Only the request's buyer, only while the
 * request is open (editable), at most MAX_REFERENCE_PHOTOS in all.
 */
export async function addReferencePhotos(
  deps: ReferencePhotoDeps,
  actor: Actor,
  opportunityId: string,
  photos: Buffer[],
): Promise<ReferencePhotoRecord[]> {
  if (actor.role !== 'buyer') throw forbidden();
  const before = await loadOwnedOpportunity(deps.store, actor, opportunityId);
  assertEditable(before.status);
  if (photos.length === 0) throw new AssessmentIntakeError('no_photos');
  const existing = (await deps.store.referencePhotos(opportunityId)).length;
  if (existing + photos.length > MAX_REFERENCE_PHOTOS) throw tooMany();

  photos.forEach((photo, i) => deps.intake.check(photo, i));
  const prepared: { record: ReferencePhotoRecord; image: Buffer; thumbnail: Buffer }[] = [];
  for (const [i, photo] of photos.entries()) {
    const n = await deps.intake.normalize(photo, i);
    const screen = await deps.screen(n.image);
    if (screen.explicit)
      throw new AppError(
        'validation',
        'earn.reference_unsafe',
        { photo: i + 1 },
        { code: 'reference-unsafe' },
      );
    prepared.push({
      image: n.image,
      thumbnail: n.thumbnail,
      record: {
        mediaId: deps.ids.uuid(),
        key: deps.objectKey('reference', 'jpg'),
        thumbnailKey: deps.objectKey('thumbnail', 'jpg'),
        size: n.image.length,
        embedding: screen.embedding,
        modelId: screen.modelId,
      },
    });
  }

  const written: string[] = [];
  try {
    for (const p of prepared) {
      await deps.objects.put(p.record.key, p.image, 'image/jpeg');
      written.push(p.record.key);
      await deps.objects.put(p.record.thumbnailKey, p.thumbnail, 'image/jpeg');
      written.push(p.record.thumbnailKey);
    }
    await deps.store.transaction(async (store) => {
      const o = await loadOwnedOpportunity(store, actor, opportunityId, { forUpdate: true });
      assertEditable(o.status);
      const count = (await store.referencePhotos(opportunityId)).length;
      if (count + prepared.length > MAX_REFERENCE_PHOTOS) throw tooMany();
      await store.addReferencePhotos(
        opportunityId,
        actor.userId,
        prepared.map((p) => p.record),
      );
    });
  } catch (error) {
    await Promise.all(written.map((key) => deps.objects.delete(key).catch(() => undefined)));
    throw error;
  }
  await deps.audit.append({
    actorId: actor.userId,
    action: 'opportunity.reference_photos_added',
    subjectType: 'opportunity',
    subjectId: opportunityId,
    data: { photos: prepared.length },
  });
  return deps.store.referencePhotos(opportunityId);
}

const tooMany = () => invalid('earn.reference_too_many', { max: MAX_REFERENCE_PHOTOS });

function assertEditable(status: string): void {
  if (status === 'cancelled' || status === 'filled') throw conflict('earn.request_closed');
  if (status !== 'open') throw conflict('earn.request_locked');
}
