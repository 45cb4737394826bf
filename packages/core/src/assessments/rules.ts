import type { AssessmentFlag, AssessmentStatus, CraftGuess, PipelineStep, ReviewReason } from './types';
import { OPEN_STATUSES, PIPELINE_STEPS } from './types';

/** Recognition below this confidence goes to a reviewer. */
export const MIN_RECOGNITION_CONFIDENCE = 0.5;
/** A level this many steps above her last confirmed level goes to a reviewer. */
export const LEVEL_JUMP = 2;
export const MIN_PHOTOS = 1;
export const MAX_PHOTOS = 8;

/** Which statuses a status may move to (pipeline, reviewer and appeal transitions). */
const TRANSITIONS: Readonly<Record<AssessmentStatus, readonly AssessmentStatus[]>> = {
  queued: ['processing', 'failed', 'rejected', 'needs_retake', 'needs_review', 'scored'],
  processing: ['rejected', 'needs_retake', 'needs_review', 'scored', 'failed'],
  needs_review: ['scored'],
  scored: ['needs_review', 'scored'],
  needs_retake: [],
  rejected: [],
  failed: ['queued'],
};

export function canTransition(from: AssessmentStatus, to: AssessmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const isOpen = (status: AssessmentStatus): boolean => OPEN_STATUSES.includes(status);
export const isReviewable = (status: AssessmentStatus): boolean => status === 'needs_review';
/** She may appeal a score she disagrees with (a reviewer then confirms or overrides it). */
export const isAppealable = (status: AssessmentStatus): boolean => status === 'scored';

/** Steps not yet done, in pipeline order. */
export function remainingSteps(done: readonly PipelineStep[]): PipelineStep[] {
  return PIPELINE_STEPS.filter((s) => !done.includes(s));
}

/** True when her level rose by `LEVEL_JUMP` or more over her last confirmed level. */
export function isLevelJump(level: number, previousConfirmed: number | null): boolean {
  return previousConfirmed !== null && level - previousConfirmed >= LEVEL_JUMP;
}

export interface Recognition {
  /** 'unknown' when the photo is far from every craft in the gallery. */
  craftId: string;
  confidence: number;
  alternatives: CraftGuess[];
  nearestCraftId: string | null;
}

export interface ReviewInputs {
  flags: readonly AssessmentFlag[];
  /** null when there is no gallery to recognise against. */
  recognition: Recognition | null;
  declaredCraft: string | null;
  level: number;
  previousConfirmedLevel: number | null;
}

/** Why a person must look at this assessment before it counts (empty = auto-scored). */
export function reviewReasons(input: ReviewInputs): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  const { recognition } = input;
  if (
    !recognition ||
    recognition.craftId === 'unknown' ||
    recognition.confidence < MIN_RECOGNITION_CONFIDENCE
  )
    reasons.push('low_confidence');
  if (input.flags.some((f) => f.startsWith('duplicate_'))) reasons.push('authenticity');
  if (isLevelJump(input.level, input.previousConfirmedLevel)) reasons.push('level_jump');
  if (
    input.declaredCraft &&
    recognition &&
    recognition.craftId !== 'unknown' &&
    recognition.craftId !== input.declaredCraft
  )
    reasons.push('craft_mismatch');
  return reasons;
}

/**
 * The craft the assessment is about: the recognised one when known, else what she declared, else
 * the nearest gallery craft (a reviewer will check it). Its confidence is the recogniser's
 * probability for that craft (0 when the recogniser did not rank it).
 */
export function chosenCraft(
  recognition: Recognition | null,
  declared: string | null,
): { craftId: string | null; confidence: number | null } {
  const known = recognition && recognition.craftId !== 'unknown' ? recognition.craftId : null;
  const craftId = known ?? declared ?? recognition?.nearestCraftId ?? null;
  if (!recognition || !craftId) return { craftId, confidence: recognition ? 0 : null };
  if (craftId === recognition.craftId) return { craftId, confidence: recognition.confidence };
  const alt = recognition.alternatives.find((a) => a.craftId === craftId);
  return { craftId, confidence: alt?.confidence ?? 0 };
}

/** Final status of a scored pipeline run. */
export function scoredStatus(reasons: readonly ReviewReason[]): AssessmentStatus {
  return reasons.length > 0 ? 'needs_review' : 'scored';
}

/** Exact (same bytes) or near (perceptual hash) duplicate flags for one assessment. */
export function duplicateFlags(
  matches: readonly { artisanId: string; exact: boolean }[],
  artisanId: string,
): AssessmentFlag[] {
  const flags: AssessmentFlag[] = [];
  if (matches.some((m) => m.artisanId !== artisanId)) flags.push('duplicate_other_artisan');
  if (matches.some((m) => m.artisanId === artisanId)) flags.push('duplicate_own_earlier');
  return flags;
}

/** Who may read an assessment: the artisan herself, reviewers and admins. */
export function canViewAssessment(actor: { userId: string; role: string }, artisanId: string): boolean {
  return actor.userId === artisanId || actor.role === 'reviewer' || actor.role === 'admin';
}

/** Union of problems in first-seen order (retake tips are given once each). */
export function uniqueProblems(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
