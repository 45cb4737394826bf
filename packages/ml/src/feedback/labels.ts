import type { Lang } from '@shebalance/core/i18n/lang';
import type { ImageRejectReason } from '../image/errors';
import { DEFAULT_IMAGE_LIMITS } from '../image/limits';
import type { QualityProblem } from '../quality/gate';
import type { EvidenceName } from '../scoring/evidence';
import type { SkillLevel } from '../scoring/levels';
import type { ScoreDimension } from '../scoring/types';
import { t } from './format';

/** One retake tip per problem, in the order the problems were found (duplicates dropped). */
export function retakeTips(problems: readonly QualityProblem[], lang: Lang): string[] {
  return [...new Set(problems)].map((p) => t(lang, `retake.${p}`));
}

export function levelName(level: SkillLevel, lang: Lang): string {
  return t(lang, `level.${level}`);
}

/** "Your skill level: Skilled (3 of 5)". */
export function describeLevel(level: SkillLevel, lang: Lang): string {
  return t(lang, 'level.yours', { name: levelName(level, lang), level });
}

export function scoreLabel(dimension: ScoreDimension | 'overall', lang: Lang): string {
  return t(lang, `score.${dimension}`);
}

export function evidenceLabel(name: EvidenceName, lang: Lang): string {
  return t(lang, `evidence.${name}`);
}

/** The message for a refused upload (`ImageRejected.reason`), or for too many / no photos. */
export function intakeMessage(
  reason: ImageRejectReason | 'too_many_photos' | 'no_photos',
  lang: Lang,
  params: { maxPhotos?: number; maxBytes?: number } = {},
): string {
  const maxMb = Math.round((params.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes) / (1024 * 1024));
  return t(lang, `intake.${reason}`, { max: params.maxPhotos ?? 8, maxMb });
}
