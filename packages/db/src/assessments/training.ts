import { desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { assessmentPhotos, assessmentReviews, assessments } from '../schema-assessments';
import { decodeEmbedding } from './codec';

export interface ReviewedSample {
  assessmentId: string;
  /** The combined 0–1 evidence features the scores were computed from. */
  features: Record<string, number>;
  /** Quality-weighted mean embedding of the photos that passed the gate (when all have one). */
  embedding?: Float32Array;
  grades: { technique: number; complexity: number; quality: number };
}

/** Training data: the LATEST review of each reviewed assessment, with its evidence. */
export async function reviewedSamples(db: Database): Promise<ReviewedSample[]> {
  const rows = await db
    .select({
      assessmentId: assessmentReviews.assessmentId,
      grades: assessmentReviews.grades,
      evidence: assessments.evidence,
    })
    .from(assessmentReviews)
    .innerJoin(assessments, eq(assessments.id, assessmentReviews.assessmentId))
    .orderBy(desc(assessmentReviews.createdAt), desc(assessmentReviews.id));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.assessmentId)) latest.set(r.assessmentId, r);
  const ids = [...latest.keys()];
  const photos = ids.length
    ? await db
        .select({
          assessmentId: assessmentPhotos.assessmentId,
          embedding: assessmentPhotos.embedding,
          quality: assessmentPhotos.quality,
        })
        .from(assessmentPhotos)
        .where(inArray(assessmentPhotos.assessmentId, ids))
    : [];
  return [...latest.values()]
    .filter((r) => r.evidence)
    .sort((a, b) => a.assessmentId.localeCompare(b.assessmentId))
    .map((r) => {
      const own = photos.filter(
        (p) => p.assessmentId === r.assessmentId && p.embedding && (p.quality as { ok?: boolean })?.ok,
      );
      const embedding = meanEmbedding(
        own.map((p) => ({
          v: decodeEmbedding(p.embedding!),
          w: Math.max(0.05, Number((p.quality as { score?: number }).score ?? 0)),
        })),
      );
      return {
        assessmentId: r.assessmentId,
        features: r.evidence as Record<string, number>,
        ...(embedding ? { embedding } : {}),
        grades: r.grades,
      };
    });
}

function meanEmbedding(items: { v: Float32Array; w: number }[]): Float32Array | undefined {
  if (items.length === 0 || items.some((i) => i.v.length !== items[0]!.v.length)) return undefined;
  const total = items.reduce((s, i) => s + i.w, 0);
  const out = new Float32Array(items[0]!.v.length);
  for (const { v, w } of items) for (let j = 0; j < out.length; j++) out[j] = out[j]! + (v[j]! * w) / total;
  return out;
}
