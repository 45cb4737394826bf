import { conflict, notFound } from '../../shared/errors';
import { isAppealable, type AssessmentDeps, type AssessmentRecord } from '../../assessments';
import type { Actor } from '../deps';
import { publishLive, assessmentChanged, reviewQueueChanged } from '../../live/events';

/** The artisan disagrees with her result: it goes back to a reviewer with her reason. */
export async function appealAssessment(
  deps: AssessmentDeps,
  actor: Actor,
  input: { assessmentId: string; reason: string },
): Promise<AssessmentRecord> {
  const a = await deps.assessments.get(input.assessmentId);
  // Someone else's assessment is reported as missing: its existence is not disclosed.
  if (!a || a.artisanId !== actor.userId) throw notFound('assessment');
  if (!isAppealable(a.status)) throw conflict('assessment.not_appealable');
  const moved = await deps.assessments.appeal(a.id, input.reason, deps.clock.now());
  if (!moved) throw conflict('assessment.not_appealable');
  await deps.audit.append({
    actorId: actor.userId,
    action: 'assessment.appeal',
    subjectType: 'assessment',
    subjectId: a.id,
    data: { reason: input.reason, from: a.status },
  });
  const updated = (await deps.assessments.get(a.id))!;
  publishLive(
    deps.live,
    assessmentChanged(updated, updated.status),
    reviewQueueChanged(a.id, updated.status),
  );
  return updated;
}
