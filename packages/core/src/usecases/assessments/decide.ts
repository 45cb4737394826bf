import { isCraftId } from '../../crafts';
import { AppError, conflict, forbidden, notFound } from '../../shared/errors';
import { isReviewable, type AssessmentDeps, type AssessmentRecord, type ScoreSet } from '../../assessments';
import type { Actor } from '../deps';
import { publishLive, assessmentChanged, reviewQueueChanged } from '../../live/events';

export interface DecisionInput {
  assessmentId: string;
  action: 'confirm' | 'override';
  craft?: string;
  scores?: Partial<ScoreSet>;
  reason: string;
}

export interface DecideDeps extends AssessmentDeps {
  /** Overall score and level of a set of grades (the scoring library's formula). */
  grade(scores: ScoreSet): { overall: number; level: number };
}

/**
 * A reviewer confirms or overrides craft and scores. The assessment becomes `scored` (confirmed),
 * the grades are stored as a training sample, the photos that passed the quality gate join the
 * recognition gallery under the confirmed craft, and the change is audited.
 */
export async function decideAssessment(
  deps: DecideDeps,
  actor: Actor,
  input: DecisionInput,
): Promise<AssessmentRecord> {
  if (actor.role !== 'reviewer' && actor.role !== 'admin') throw forbidden();
  const a = await deps.assessments.get(input.assessmentId);
  if (!a) throw notFound('assessment');
  if (!isReviewable(a.status) || !a.scores) throw conflict('assessment.not_reviewable');
  if (input.craft !== undefined && !isCraftId(input.craft))
    throw new AppError('validation', 'assessment.unknown_craft', { craft: String(input.craft).slice(0, 60) });

  const craftId = input.action === 'override' ? (input.craft ?? a.craftId) : a.craftId;
  const base: ScoreSet = {
    technique: a.scores.technique,
    complexity: a.scores.complexity,
    quality: a.scores.quality,
  };
  const grades: ScoreSet = input.action === 'override' ? { ...base, ...input.scores } : base;
  const { overall, level } = deps.grade(grades);
  const photos = await deps.assessments.photos(a.id);
  const galleryRefs =
    craftId && a.visionModel
      ? photos
          .filter((p) => p.quality?.ok && p.embedding)
          .map((p) => ({
            id: deps.ids.uuid(),
            craftId,
            embedding: p.embedding!,
            modelId: a.visionModel!,
            photoKey: p.originalKey,
          }))
      : [];
  const at = deps.clock.now();
  await deps.assessments.applyReview({
    assessmentId: a.id,
    reviewId: deps.ids.uuid(),
    reviewerId: actor.userId,
    action: input.action,
    craftId,
    grades,
    scores: { ...grades, overall, explanation: a.scores.explanation },
    level,
    reason: input.reason,
    at,
    galleryRefs,
  });
  await deps.audit.append({
    actorId: actor.userId,
    action: `assessment.${input.action}`,
    subjectType: 'assessment',
    subjectId: a.id,
    data: {
      reason: input.reason,
      craft: { from: a.craftId, to: craftId },
      scores: { from: base, to: grades },
      level: { from: a.level, to: level },
      galleryRefs: galleryRefs.length,
    },
  });
  const updated = (await deps.assessments.get(a.id))!;
  publishLive(
    deps.live,
    assessmentChanged(updated, updated.status),
    reviewQueueChanged(a.id, updated.status),
  );
  return updated;
}
