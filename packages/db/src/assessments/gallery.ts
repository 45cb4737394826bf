import { and, count, eq, max } from 'drizzle-orm';
import type { Database } from '../client';
import { galleryReferences } from '../schema-assessments';
import { decodeEmbedding, encodeEmbedding } from './codec';

export interface GalleryRefRow {
  craftId: string;
  embedding: Float32Array;
}

export interface NewGalleryRef {
  id: string;
  craftId: string;
  embedding: Float32Array;
  modelId: string;
  source: 'import' | 'review';
  photoKey: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** Reference embeddings of the recognition gallery, per vision model. */
export function galleryRepository(db: Database) {
  return {
    async add(refs: NewGalleryRef[]): Promise<void> {
      if (refs.length === 0) return;
      await db
        .insert(galleryReferences)
        .values(refs.map((r) => ({ ...r, embedding: encodeEmbedding(r.embedding) })));
    },
    async list(modelId: string): Promise<GalleryRefRow[]> {
      const rows = await db
        .select({ craftId: galleryReferences.craftId, embedding: galleryReferences.embedding })
        .from(galleryReferences)
        .where(eq(galleryReferences.modelId, modelId))
        .orderBy(galleryReferences.createdAt, galleryReferences.id);
      return rows.map((r) => ({ craftId: r.craftId, embedding: decodeEmbedding(r.embedding) }));
    },
    /** Changes whenever a reference is added: the cache key of the built index. */
    async signature(modelId: string): Promise<string> {
      const [row] = await db
        .select({ n: count(), last: max(galleryReferences.createdAt) })
        .from(galleryReferences)
        .where(eq(galleryReferences.modelId, modelId));
      return `${Number(row?.n ?? 0)}:${row?.last ? new Date(row.last).toISOString() : '-'}`;
    },
    async countByCraft(modelId: string, craftId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(galleryReferences)
        .where(and(eq(galleryReferences.modelId, modelId), eq(galleryReferences.craftId, craftId)));
      return Number(row?.n ?? 0);
    },
  };
}
export type GalleryRepository = ReturnType<typeof galleryRepository>;
