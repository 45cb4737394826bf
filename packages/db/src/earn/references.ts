import type { ReferencePhotoRecord } from '@shebalance/core/usecases/earn/index';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { decodeEmbedding, encodeEmbedding } from '../assessments/codec';
import type { Database } from '../client';
import { mediaObjects } from '../schema';
import { opportunityPhotos } from '../schema-earn';

/** Screened reference photos of a request (with an embedding), in upload order. */
export async function referencePhotos(db: Database, opportunityId: string): Promise<ReferencePhotoRecord[]> {
  const rows = await db
    .select({
      mediaId: opportunityPhotos.mediaId,
      key: mediaObjects.key,
      size: mediaObjects.size,
      thumbnailKey: opportunityPhotos.thumbnailKey,
      embedding: opportunityPhotos.embedding,
      modelId: opportunityPhotos.modelId,
    })
    .from(opportunityPhotos)
    .innerJoin(mediaObjects, eq(mediaObjects.id, opportunityPhotos.mediaId))
    .where(and(eq(opportunityPhotos.opportunityId, opportunityId), isNotNull(opportunityPhotos.embedding)))
    .orderBy(asc(opportunityPhotos.idx));
  return rows.map((r) => ({
    mediaId: r.mediaId,
    key: r.key,
    size: r.size,
    thumbnailKey: r.thumbnailKey ?? r.key,
    embedding: decodeEmbedding(r.embedding!),
    modelId: r.modelId ?? '',
  }));
}

/** Media rows (purpose 'reference', owned by the buyer) and their links, after the request's photos. */
export async function addReferencePhotos(
  db: Database,
  opportunityId: string,
  ownerId: string,
  photos: ReferencePhotoRecord[],
): Promise<void> {
  if (!photos.length) return;
  const [last] = await db
    .select({ idx: sql<number>`coalesce(max(${opportunityPhotos.idx}), -1)::int` })
    .from(opportunityPhotos)
    .where(eq(opportunityPhotos.opportunityId, opportunityId));
  const start = Number(last?.idx ?? -1) + 1;
  await db.insert(mediaObjects).values(
    photos.map((p) => ({
      id: p.mediaId,
      ownerId,
      key: p.key,
      contentType: 'image/jpeg',
      size: p.size,
      purpose: 'reference',
    })),
  );
  await db.insert(opportunityPhotos).values(
    photos.map((p, i) => ({
      opportunityId,
      mediaId: p.mediaId,
      idx: start + i,
      embedding: encodeEmbedding(p.embedding),
      modelId: p.modelId,
      thumbnailKey: p.thumbnailKey,
    })),
  );
}

/**
 * Replaces the request's photo list (PATCH), keeping what is known about photos that stay
 * (embedding, model, thumbnail of screened reference photos).
 */
export async function replacePhotoList(
  db: Database,
  opportunityId: string,
  mediaIds: string[],
): Promise<void> {
  const kept = await db
    .select()
    .from(opportunityPhotos)
    .where(eq(opportunityPhotos.opportunityId, opportunityId));
  const known = new Map(kept.map((r) => [r.mediaId, r]));
  await db.delete(opportunityPhotos).where(eq(opportunityPhotos.opportunityId, opportunityId));
  if (mediaIds.length)
    await db.insert(opportunityPhotos).values(
      mediaIds.map((mediaId, idx) => ({
        opportunityId,
        mediaId,
        idx,
        embedding: known.get(mediaId)?.embedding ?? null,
        modelId: known.get(mediaId)?.modelId ?? null,
        thumbnailKey: known.get(mediaId)?.thumbnailKey ?? null,
      })),
    );
}
