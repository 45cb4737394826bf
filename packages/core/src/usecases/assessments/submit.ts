import { isCraftId } from '../../crafts';
import { AppError } from '../../shared/errors';
import {
  ASSESSMENT_JOB,
  AssessmentIntakeError,
  MAX_PHOTOS,
  type AssessmentDeps,
  type AssessmentStatus,
  type Channel,
  type NewPhoto,
  type NormalizedPhoto,
} from '../../assessments';

export interface SubmitAssessmentInput {
  artisanId: string;
  photos: Buffer[];
  craft?: string;
  channel: Channel;
  /**
   * The client's Idempotency-Key (or, for WhatsApp, the media ids): the same key from the same artisan
   * always names the same assessment, so a retried upload or job never creates a second one.
   */
  idempotencyKey?: string;
}

/** Attempts the pipeline job gets before the assessment is marked failed. */
export const PIPELINE_MAX_ATTEMPTS = 3;

/**
 * Intake for every channel (HTTP API, WhatsApp, reviewer-assisted): validates every photo BEFORE
 * anything is stored, normalises them (upright, metadata stripped), stores originals and
 * thumbnails, inserts the assessment with its photos in one transaction and enqueues the
 * pipeline (idempotency key = assessment id). Nothing is left behind when a step fails.
 */
export async function submitAssessment(
  deps: AssessmentDeps,
  input: SubmitAssessmentInput,
): Promise<{ id: string; status: AssessmentStatus; replayed?: true }> {
  const id = input.idempotencyKey
    ? deps.ids.keyed('assessment', `${input.artisanId}\n${input.idempotencyKey}`)
    : deps.ids.uuid();
  const replay = async () => {
    const existing = input.idempotencyKey ? await deps.assessments.get(id) : undefined;
    return existing && existing.artisanId === input.artisanId
      ? { id, status: existing.status, replayed: true as const }
      : undefined;
  };
  const earlier = await replay();
  if (earlier) return earlier;
  if (input.photos.length === 0) throw new AssessmentIntakeError('no_photos');
  if (input.photos.length > MAX_PHOTOS) throw new AssessmentIntakeError('too_many_photos');
  if (input.craft !== undefined && !isCraftId(input.craft))
    throw new AppError('validation', 'assessment.unknown_craft', { craft: String(input.craft).slice(0, 60) });
  input.photos.forEach((photo, i) => deps.intake.check(photo, i));
  const normalized: NormalizedPhoto[] = [];
  for (const [i, photo] of input.photos.entries()) normalized.push(await deps.intake.normalize(photo, i));

  const rows: NewPhoto[] = normalized.map((n, idx) => ({
    id: deps.ids.uuid(),
    idx,
    originalKey: deps.objectKey('assessment', 'jpg'),
    thumbnailKey: deps.objectKey('thumbnail', 'jpg'),
    sha256: n.sha256,
    width: n.width,
    height: n.height,
  }));
  const written: string[] = [];
  try {
    for (const [i, row] of rows.entries()) {
      await deps.store.put(row.originalKey, normalized[i]!.image, 'image/jpeg');
      written.push(row.originalKey);
      await deps.store.put(row.thumbnailKey, normalized[i]!.thumbnail, 'image/jpeg');
      written.push(row.thumbnailKey);
    }
    await deps.assessments.create(
      {
        id,
        artisanId: input.artisanId,
        channel: input.channel,
        declaredCraft: input.craft ?? null,
        createdAt: deps.clock.now(),
      },
      rows,
    );
  } catch (error) {
    await Promise.all(written.map((key) => deps.store.delete(key).catch(() => undefined)));
    // Two deliveries of the same key at once: the other one created it; answer as it did.
    const raced = await replay();
    if (raced) return raced;
    throw error;
  }
  await deps.queue.enqueue(
    ASSESSMENT_JOB,
    { assessmentId: id },
    { idempotencyKey: id, maxAttempts: PIPELINE_MAX_ATTEMPTS },
  );
  return { id, status: 'queued' };
}
