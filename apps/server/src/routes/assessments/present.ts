import type { AssessmentRecord, PhotoRecord } from '@shebalance/core/assessments/index';
import { craftLabel, getCraft, t, type Lang } from '@shebalance/core';
import type { AssessmentView } from '@shebalance/contracts/assessments';
import { describeLevel, describeValue, retakeTips, t as feedbackT } from '@shebalance/ml/feedback/index';
import type { MessageKey } from '@shebalance/ml/feedback/index';
import type { QualityProblem } from '@shebalance/ml/quality/index';
import { levelInfo, type SkillLevel } from '@shebalance/ml/scoring/index';
import type { MarketValue } from '@shebalance/ml/value/index';

/** A craft id's name in `lang` ('unknown' and unlisted ids are shown as they are). */
export function craftName(id: string | null, lang: Lang): string | null {
  if (!id) return null;
  const craft = getCraft(id);
  return craft ? craftLabel(craft, lang) : id;
}

/**
 * The assessment as the Contract shows it, in the reader's language: labels, feedback, retake
 * tips, level and the market-value explanation are generated on read from the stored keys.
 */
export async function presentAssessment(
  a: AssessmentRecord,
  photos: PhotoRecord[],
  lang: Lang,
  urlFor: (key: string) => Promise<string>,
): Promise<AssessmentView> {
  const level = a.level as SkillLevel | null;
  const info = level ? levelInfo(level) : null;
  const scores = a.scores
    ? {
        technique: a.scores.technique,
        complexity: a.scores.complexity,
        quality: a.scores.quality,
        overall: a.scores.overall,
      }
    : null;
  return {
    id: a.id,
    status: a.status,
    progress: a.progress,
    craft: {
      id: a.craftId,
      label: craftName(a.craftId, lang),
      confidence: a.craftConfidence,
      declared: a.declaredCraft,
      declaredLabel: craftName(a.declaredCraft, lang),
    },
    alternatives: a.craftAlternatives.map((c) => ({
      id: c.craftId,
      label: craftName(c.craftId, lang)!,
      confidence: c.confidence,
    })),
    scores,
    confidence: a.confidence,
    level: level ?? null,
    levelInfo: info
      ? {
          name: describeLevel(info.level, lang),
          description: lang === 'hi' ? info.description.hi : info.description.en,
          nsqf: info.nsqf,
        }
      : null,
    marketValue: a.marketValue
      ? {
          min: a.marketValue.min,
          max: a.marketValue.max,
          currency: 'INR',
          explanation: describeValue(a.marketValue as MarketValue, lang),
        }
      : null,
    feedback: a.feedbackKeys.map((key) => feedbackT(lang, key as MessageKey)),
    retakeTips: retakeTips(a.retakeProblems as QualityProblem[], lang),
    message: statusMessage(a, lang),
    evidence: a.evidence ?? {},
    explanation: (a.scores?.explanation as Record<string, unknown> | undefined) ?? null,
    flags: a.flags,
    reviewReasons: a.reviewReasons,
    modelVersion: a.modelVersion,
    visionModel: a.visionModel,
    photos: await Promise.all(
      photos.map(async (p) => ({
        index: p.idx,
        thumbnailUrl: await urlFor(p.thumbnailKey),
        width: p.width,
        height: p.height,
        quality: p.quality
          ? { ok: p.quality.ok, score: p.quality.score, problems: p.quality.problems }
          : null,
      })),
    ),
    createdAt: a.createdAt.toISOString(),
    completedAt: a.completedAt?.toISOString() ?? null,
  };
}

function statusMessage(a: AssessmentRecord, lang: Lang): string | null {
  if (a.status === 'rejected') return t(lang, 'assessment.rejected_explicit');
  if (a.status === 'needs_review') return t(lang, 'assessment.notify_review');
  if (a.status === 'needs_retake')
    return t(lang, 'assessment.notify_retake', {
      tips: retakeTips(a.retakeProblems as QualityProblem[], lang).join(' '),
    });
  return null;
}
