import {
  chosenCraft,
  duplicateFlags,
  isOpen,
  PIPELINE_STEPS,
  reviewReasons,
  scoredStatus,
  uniqueProblems,
  type AssessmentFlag,
  type AssessmentOutcome,
  type AssessmentRecord,
  type PhotoRecord,
  type PipelineDeps,
  type PipelineStep,
} from '../../assessments';
import { publishLive, assessmentChanged, assessmentProgress, reviewQueueChanged } from '../../live/events';

const COMPUTED: PipelineStep[] = PIPELINE_STEPS.filter((s) => s !== 'notify');

/**
 * The asynchronous pipeline of one assessment: safety → quality → authenticity → features →
 * recognition → scoring → value → feedback → notify. Per-photo results (safety + embedding,
 * quality + hashes + evidence) are stored as each photo is done, so a retry skips them; the later
 * steps are recomputed deterministically from those and written in ONE final transaction, only
 * while the assessment is still open. Running it again on a finished assessment only completes a
 * notification that had not gone out.
 */
export async function runAssessmentPipeline(
  deps: PipelineDeps,
  assessmentId: string,
): Promise<AssessmentRecord | undefined> {
  const assessment = await deps.assessments.get(assessmentId);
  if (!assessment) return undefined;
  if (isOpen(assessment.status)) await compute(deps, assessment);
  const final = await deps.assessments.get(assessmentId);
  if (final && !isOpen(final.status) && !final.steps.includes('notify')) await notify(deps, final);
  return deps.assessments.get(assessmentId);
}

async function compute(deps: PipelineDeps, a: AssessmentRecord): Promise<void> {
  const { assessments: repo, vision } = deps;
  const step = async (name: PipelineStep, countAttempt = false) => {
    await repo.markProgress(a.id, name, deps.clock.now(), countAttempt);
    publishLive(deps.live, assessmentProgress(a, name, 'processing'));
  };
  const finish = async (outcome: Omit<AssessmentOutcome, 'steps' | 'visionModel'>) => {
    const finished = await repo.finish(
      a.id,
      { ...outcome, steps: [...new Set([...a.steps, ...COMPUTED])], visionModel: vision.modelId },
      deps.clock.now(),
    );
    if (!finished) return;
    publishLive(deps.live, assessmentChanged(a, outcome.status));
    if (outcome.status === 'needs_review') publishLive(deps.live, reviewQueueChanged(a.id, outcome.status));
  };
  const image = async (p: PhotoRecord) => {
    const object = await deps.store.get(p.originalKey);
    if (!object) throw new Error(`photo ${p.id} is missing from the object store`);
    return object.body;
  };

  await step('safety', true);
  for (const p of await repo.photos(a.id))
    if (!p.safety || !p.embedding) await repo.saveScreen(p.id, await vision.screen(await image(p)));
  let photos = await repo.photos(a.id);
  if (photos.some((p) => p.safety?.explicit)) {
    await finish({ status: 'rejected', flags: ['explicit'], reviewReasons: [] });
    return;
  }

  await step('quality');
  for (const p of photos)
    if (!p.quality || !p.hashes) await repo.saveInspection(p.id, await vision.inspect(await image(p), p));
  photos = await repo.photos(a.id);
  const good = photos.filter((p) => p.quality?.ok && p.evidence);
  const problems = uniqueProblems(photos.map((p) => (p.quality?.ok ? [] : (p.quality?.problems ?? []))));
  if (good.length === 0) {
    await finish({ status: 'needs_retake', retakeProblems: problems, flags: [], reviewReasons: [] });
    return;
  }
  const flags: AssessmentFlag[] = good.length < photos.length ? ['retake_some'] : [];

  await step('authenticity');
  const others = await repo.hashesExcept(a.id);
  const matches = photos.flatMap((p) =>
    others
      .filter(
        (o) =>
          o.sha256 === p.sha256 ||
          (o.phash && o.dhash && p.hashes
            ? vision.nearDuplicate(p.hashes, { phash: o.phash, dhash: o.dhash })
            : false),
      )
      .map((o) => ({ artisanId: o.artisanId, exact: o.sha256 === p.sha256 })),
  );
  flags.push(...duplicateFlags(matches, a.artisanId));

  await step('features');
  await step('recognition');
  const recognition = await vision.recognize(good.map((p) => p.embedding!));
  const craft = chosenCraft(recognition, a.declaredCraft);

  await step('scoring');
  const skill = await vision.score(
    good.map((p) => ({ evidence: p.evidence!, quality: p.quality!.score, embedding: p.embedding })),
  );
  const previous = await repo.previousConfirmedLevel(a.artisanId, a.createdAt, a.id);

  await step('value');
  const marketValue = craft.craftId
    ? vision.value({
        craftId: craft.craftId,
        complexity: skill.scores.complexity,
        quality: skill.scores.quality,
        level: skill.level,
        orderPrices: await deps.orderPrices(craft.craftId),
      })
    : null;

  await step('feedback');
  const reasons = reviewReasons({
    flags,
    recognition,
    declaredCraft: a.declaredCraft,
    level: skill.level,
    previousConfirmedLevel: previous,
  });
  await finish({
    status: scoredStatus(reasons),
    craftId: craft.craftId,
    craftConfidence: craft.confidence,
    craftAlternatives: recognition?.alternatives ?? [],
    scores: skill.scores,
    confidence: skill.confidence,
    level: skill.level,
    marketValue,
    feedbackKeys: vision.feedbackKeys(skill.scores, skill.evidence, good.length),
    retakeProblems: problems,
    evidence: skill.evidence,
    flags,
    reviewReasons: reasons,
    modelVersion: skill.modelVersion,
  });
}

async function notify(deps: PipelineDeps, a: AssessmentRecord): Promise<void> {
  const user = await deps.users.findById(a.artisanId);
  const text = user ? deps.notifyText(a.status, user.preferredLanguage, a.retakeProblems) : null;
  if (user && text) await deps.messaging.send({ to: user.phone, kind: 'text', text, purpose: 'assessment' });
  await deps.assessments.markStepDone(a.id, 'notify');
}
