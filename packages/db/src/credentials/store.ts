import type { CredentialRecord, CredentialStore } from '@shebalance/core/usecases/credentials/index';
import type { Lang } from '@shebalance/core';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { artisans } from '../schema';
import { assessmentPhotos, assessments } from '../schema-assessments';
import { credentialStatusLists, credentials, portfolioWorks } from '../schema-credentials';

type Row = typeof credentials.$inferSelect;

const toRecord = (r: Row): CredentialRecord => ({
  id: r.id,
  assessmentId: r.assessmentId,
  artisanId: r.artisanId,
  craftId: r.craftId,
  level: r.level,
  lang: r.lang as Lang,
  statusListId: r.statusListId,
  statusIndex: r.statusIndex,
  photoIds: r.photoIds,
  credential: r.credential,
  jwt: r.jwt,
  kid: r.kid,
  issuedAt: r.issuedAt,
  expiresAt: r.expiresAt,
  revokedAt: r.revokedAt,
  revokedReason: r.revokedReason,
  revokedBy: r.revokedBy,
});

const isUniqueViolation = (e: unknown): boolean => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
};

/** Credentials, status lists and portfolio works over Drizzle (PGlite or PostgreSQL). */
export function credentialStore(db: Database): CredentialStore {
  const byAssessment = async (assessmentId: string) => {
    const [row] = await db.select().from(credentials).where(eq(credentials.assessmentId, assessmentId));
    return row ? toRecord(row) : undefined;
  };
  return {
    async assessment(id) {
      const [a] = await db.select().from(assessments).where(eq(assessments.id, id));
      if (!a) return undefined;
      const photos = await db
        .select({
          id: assessmentPhotos.id,
          quality: assessmentPhotos.quality,
          safety: assessmentPhotos.safety,
        })
        .from(assessmentPhotos)
        .where(eq(assessmentPhotos.assessmentId, id))
        .orderBy(asc(assessmentPhotos.idx));
      const scores = a.scores as Record<string, number> | null;
      return {
        id: a.id,
        artisanId: a.artisanId,
        status: a.status,
        craftId: a.craftId,
        level: a.level,
        scores:
          scores &&
          ['technique', 'complexity', 'quality', 'overall'].every((k) => typeof scores[k] === 'number')
            ? {
                technique: scores.technique!,
                complexity: scores.complexity!,
                quality: scores.quality!,
                overall: scores.overall!,
              }
            : null,
        reviewerId: a.reviewerId,
        reviewedAt: a.reviewedAt,
        completedAt: a.completedAt,
        createdAt: a.createdAt,
        // Evidence: photos that passed the quality gate and the safety screen (all, if none was recorded).
        photoIds: photos
          .filter((p) => (p.quality as { ok?: boolean } | null)?.ok !== false)
          .filter((p) => (p.safety as { explicit?: boolean } | null)?.explicit !== true)
          .map((p) => p.id),
      };
    },
    byAssessment,
    async get(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
      const [row] = await db.select().from(credentials).where(eq(credentials.id, id));
      return row ? toRecord(row) : undefined;
    },
    async listForArtisan(artisanId) {
      const rows = await db
        .select()
        .from(credentials)
        .where(eq(credentials.artisanId, artisanId))
        .orderBy(desc(credentials.issuedAt));
      return rows.map(toRecord);
    },
    async issue(listId, create, build) {
      let built: CredentialRecord | undefined;
      try {
        return await db.transaction(async (tx) => {
          const [existing] = await tx
            .select({ id: credentialStatusLists.id })
            .from(credentialStatusLists)
            .where(eq(credentialStatusLists.id, listId));
          if (!existing) {
            const initial = await create();
            await tx
              .insert(credentialStatusLists)
              .values({ id: listId, size: initial.size, encodedList: initial.encodedList, jwt: initial.jwt })
              .onConflictDoNothing();
          }
          // The UPDATE takes the row lock: concurrent issuers queue here and get distinct indexes.
          const [allocated] = await tx
            .update(credentialStatusLists)
            .set({ nextIndex: sql`${credentialStatusLists.nextIndex} + 1` })
            .where(
              and(
                eq(credentialStatusLists.id, listId),
                sql`${credentialStatusLists.nextIndex} < ${credentialStatusLists.size}`,
              ),
            )
            .returning({ next: credentialStatusLists.nextIndex });
          if (!allocated) throw new Error(`status list ${listId} is full`);
          const record = (built = await build(allocated.next - 1));
          await tx.insert(credentials).values({ ...record });
          return { record, created: true };
        });
      } catch (e) {
        // Another run issued this assessment's credential first: that one stands.
        const winner = built && isUniqueViolation(e) ? await byAssessment(built.assessmentId) : undefined;
        if (!winner) throw e;
        return { record: winner, created: false };
      }
    },
    async revoke(id, revocation, update) {
      return db.transaction(async (tx) => {
        const [row] = await tx.select().from(credentials).where(eq(credentials.id, id)).for('update');
        if (!row || row.revokedAt) return false;
        const [list] = await tx
          .select()
          .from(credentialStatusLists)
          .where(eq(credentialStatusLists.id, row.statusListId))
          .for('update');
        if (!list) throw new Error(`status list ${row.statusListId} is missing`);
        const next = await update(list.encodedList, row.statusIndex);
        await tx
          .update(credentialStatusLists)
          .set({ encodedList: next.encodedList, jwt: next.jwt, updatedAt: revocation.at })
          .where(eq(credentialStatusLists.id, list.id));
        await tx
          .update(credentials)
          .set({ revokedAt: revocation.at, revokedReason: revocation.reason, revokedBy: revocation.by })
          .where(and(eq(credentials.id, id), isNull(credentials.revokedAt)));
        return true;
      });
    },
    async statusList(id) {
      const [row] = await db.select().from(credentialStatusLists).where(eq(credentialStatusLists.id, id));
      return row
        ? { id: row.id, size: row.size, nextIndex: row.nextIndex, encodedList: row.encodedList, jwt: row.jwt }
        : undefined;
    },
    async isPublicPhoto(photoId) {
      if (!/^[0-9a-f-]{36}$/i.test(photoId)) return undefined;
      const [photo] = await db
        .select({
          originalKey: assessmentPhotos.originalKey,
          thumbnailKey: assessmentPhotos.thumbnailKey,
          artisanId: assessmentPhotos.artisanId,
        })
        .from(assessmentPhotos)
        .where(eq(assessmentPhotos.id, photoId));
      if (!photo) return undefined;
      const keys = { originalKey: photo.originalKey, thumbnailKey: photo.thumbnailKey };
      const [evidence] = await db
        .select({ id: credentials.id })
        .from(credentials)
        .where(
          and(
            eq(credentials.artisanId, photo.artisanId),
            isNull(credentials.revokedAt),
            sql`${credentials.photoIds} @> ${JSON.stringify([photoId])}::jsonb`,
          ),
        )
        .limit(1);
      if (evidence) return keys;
      const [work] = await db
        .select({ id: portfolioWorks.photoId })
        .from(portfolioWorks)
        .innerJoin(artisans, eq(artisans.userId, portfolioWorks.artisanId))
        .where(and(eq(portfolioWorks.photoId, photoId), eq(artisans.portfolioPublic, true)))
        .limit(1);
      return work ? keys : undefined;
    },
    async ownPhotoIds(artisanId, photoIds) {
      const ids = photoIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      if (!ids.length) return [];
      const rows = await db
        .select({ id: assessmentPhotos.id })
        .from(assessmentPhotos)
        .innerJoin(assessments, eq(assessments.id, assessmentPhotos.assessmentId))
        .where(
          and(
            eq(assessmentPhotos.artisanId, artisanId),
            eq(assessments.status, 'scored'),
            inArray(assessmentPhotos.id, ids),
          ),
        );
      return rows.map((r) => r.id);
    },
    async portfolioWorks(artisanId) {
      const rows = await db
        .select({ id: portfolioWorks.photoId })
        .from(portfolioWorks)
        .where(eq(portfolioWorks.artisanId, artisanId))
        .orderBy(asc(portfolioWorks.position));
      return rows.map((r) => r.id);
    },
    async setPortfolioWorks(artisanId, photoIds) {
      await db.transaction(async (tx) => {
        await tx.delete(portfolioWorks).where(eq(portfolioWorks.artisanId, artisanId));
        if (photoIds.length)
          await tx
            .insert(portfolioWorks)
            .values(photoIds.map((photoId, position) => ({ artisanId, photoId, position })));
      });
    },
  };
}
