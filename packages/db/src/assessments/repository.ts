import type {
  AssessmentFlag,
  AssessmentRecord,
  AssessmentRepository,
  AssessmentStatus,
  PhotoRecord,
  PipelineStep,
  ReviewReason,
} from '@shebalance/core/assessments/index';
import { and, asc, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { assessmentPhotos, assessmentReviews, assessments, galleryReferences } from '../schema-assessments';
import { decodeEmbedding, encodeEmbedding } from './codec';

type Row = typeof assessments.$inferSelect;
type PhotoRow = typeof assessmentPhotos.$inferSelect;
const OPEN: AssessmentStatus[] = ['queued', 'processing'];

export function toRecord(r: Row): AssessmentRecord {
  return {
    ...r,
    status: r.status as AssessmentStatus,
    progress: (r.progress as PipelineStep | null) ?? null,
    steps: r.steps as PipelineStep[],
    scores: r.scores as AssessmentRecord['scores'],
    marketValue: r.marketValue as AssessmentRecord['marketValue'],
    flags: r.flags as AssessmentFlag[],
    reviewReasons: r.reviewReasons as ReviewReason[],
  };
}

function toPhoto(p: PhotoRow): PhotoRecord {
  const safety = p.safety as PhotoRecord['safety'];
  return {
    id: p.id,
    assessmentId: p.assessmentId,
    artisanId: p.artisanId,
    idx: p.idx,
    originalKey: p.originalKey,
    thumbnailKey: p.thumbnailKey,
    sha256: p.sha256,
    width: p.width,
    height: p.height,
    hashes: p.phash && p.dhash ? { phash: p.phash, dhash: p.dhash } : null,
    quality: p.quality as PhotoRecord['quality'],
    evidence: p.evidence ?? null,
    embedding: p.embedding ? decodeEmbedding(p.embedding) : null,
    safety: safety ?? null,
    createdAt: p.createdAt,
  };
}

/** Drizzle implementation of the assessments port. */
export function assessmentRepository(db: Database): AssessmentRepository {
  const get = async (id: string) => {
    const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
    return row ? toRecord(row) : undefined;
  };
  const openOnly = (id: string) => and(eq(assessments.id, id), inArray(assessments.status, OPEN));
  return {
    async create(a, photos) {
      await db.transaction(async (tx) => {
        await tx.insert(assessments).values({
          id: a.id,
          artisanId: a.artisanId,
          channel: a.channel,
          declaredCraft: a.declaredCraft,
          status: 'queued',
          createdAt: a.createdAt,
          updatedAt: a.createdAt,
        });
        await tx
          .insert(assessmentPhotos)
          .values(
            photos.map((p) => ({ ...p, assessmentId: a.id, artisanId: a.artisanId, createdAt: a.createdAt })),
          );
      });
    },
    get,
    async photos(assessmentId) {
      const rows = await db
        .select()
        .from(assessmentPhotos)
        .where(eq(assessmentPhotos.assessmentId, assessmentId))
        .orderBy(asc(assessmentPhotos.idx));
      return rows.map(toPhoto);
    },
    async listByArtisan(artisanId, limit) {
      const rows = await db
        .select()
        .from(assessments)
        .where(eq(assessments.artisanId, artisanId))
        .orderBy(desc(assessments.createdAt))
        .limit(limit);
      return rows.map(toRecord);
    },
    async listByStatus(status, limit) {
      const rows = await db
        .select()
        .from(assessments)
        .where(eq(assessments.status, status))
        .orderBy(asc(assessments.updatedAt))
        .limit(limit);
      return rows.map(toRecord);
    },
    async markProgress(id, step, at, countAttempt = false) {
      await db
        .update(assessments)
        .set({
          status: 'processing',
          progress: step,
          updatedAt: at,
          ...(countAttempt ? { attempts: sql`${assessments.attempts} + 1` } : {}),
        })
        .where(openOnly(id));
    },
    async saveScreen(photoId, screen) {
      await db
        .update(assessmentPhotos)
        .set({
          safety: { explicit: screen.explicit, scores: screen.safety },
          embedding: encodeEmbedding(screen.embedding),
        })
        .where(eq(assessmentPhotos.id, photoId));
    },
    async saveInspection(photoId, inspection) {
      await db
        .update(assessmentPhotos)
        .set({
          quality: inspection.quality,
          evidence: inspection.evidence,
          phash: inspection.hashes.phash,
          dhash: inspection.hashes.dhash,
        })
        .where(eq(assessmentPhotos.id, photoId));
    },
    async hashesExcept(assessmentId) {
      return db
        .select({
          photoId: assessmentPhotos.id,
          assessmentId: assessmentPhotos.assessmentId,
          artisanId: assessmentPhotos.artisanId,
          sha256: assessmentPhotos.sha256,
          phash: assessmentPhotos.phash,
          dhash: assessmentPhotos.dhash,
        })
        .from(assessmentPhotos)
        .where(ne(assessmentPhotos.assessmentId, assessmentId));
    },
    async previousConfirmedLevel(artisanId, before, excludeId) {
      const [row] = await db
        .select({ level: assessments.level })
        .from(assessments)
        .where(
          and(
            eq(assessments.artisanId, artisanId),
            eq(assessments.status, 'scored'),
            lt(assessments.createdAt, before),
            ne(assessments.id, excludeId),
          ),
        )
        .orderBy(desc(assessments.createdAt))
        .limit(1);
      return row?.level ?? null;
    },
    async finish(id, outcome, at) {
      const rows = await db
        .update(assessments)
        .set({ ...outcome, progress: null, updatedAt: at, completedAt: at, error: null })
        .where(openOnly(id))
        .returning({ id: assessments.id });
      return rows.length > 0;
    },
    async markStepDone(id, step) {
      await db
        .update(assessments)
        .set({ steps: sql`${assessments.steps} || ${JSON.stringify([step])}::jsonb` })
        .where(
          and(eq(assessments.id, id), sql`not (${assessments.steps} @> ${JSON.stringify([step])}::jsonb)`),
        );
    },
    async fail(id, error, at) {
      await db
        .update(assessments)
        .set({ status: 'failed', error: error.slice(0, 500), updatedAt: at, progress: null })
        .where(openOnly(id));
    },
    async applyReview(r) {
      await db.transaction(async (tx) => {
        const updated = await tx
          .update(assessments)
          .set({
            status: 'scored',
            craftId: r.craftId,
            scores: r.scores,
            level: r.level,
            reviewerId: r.reviewerId,
            reviewedAt: r.at,
            reviewReason: r.reason,
            updatedAt: r.at,
          })
          .where(and(eq(assessments.id, r.assessmentId), eq(assessments.status, 'needs_review')))
          .returning({ id: assessments.id });
        if (updated.length === 0) throw new Error('assessment is no longer waiting for a review');
        await tx.insert(assessmentReviews).values({
          id: r.reviewId,
          assessmentId: r.assessmentId,
          reviewerId: r.reviewerId,
          action: r.action,
          craftId: r.craftId,
          grades: r.grades,
          reason: r.reason,
          createdAt: r.at,
        });
        if (r.galleryRefs.length > 0)
          await tx.insert(galleryReferences).values(
            r.galleryRefs.map((g) => ({
              id: g.id,
              craftId: g.craftId,
              embedding: encodeEmbedding(g.embedding),
              modelId: g.modelId,
              source: 'review',
              photoKey: g.photoKey,
              assessmentId: r.assessmentId,
              createdBy: r.reviewerId,
              createdAt: r.at,
            })),
          );
      });
    },
    async appeal(id, reason, at) {
      const rows = await db
        .update(assessments)
        .set({
          status: 'needs_review',
          appealReason: reason,
          reviewReasons: sql`(${assessments.reviewReasons} - 'appeal') || '["appeal"]'::jsonb`,
          updatedAt: at,
        })
        .where(and(eq(assessments.id, id), eq(assessments.status, 'scored')))
        .returning({ id: assessments.id });
      return rows.length > 0;
    },
  };
}
