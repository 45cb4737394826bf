import type { Lang } from '@shebalance/core/i18n/lang';
import { EVIDENCE_NAMES, type EvidenceFeatures, type EvidenceName } from '../scoring/evidence';
import type { Scores } from '../scoring/types';
import type { MessageKey } from './catalog/index';
import { t } from './format';

/** Evidence below this is a weakness worth a suggestion. */
export const WEAK_EVIDENCE = 0.6;
/** Evidence at or above this is a strength worth praise. */
export const STRONG_EVIDENCE = 0.5;
/** Overall score from which she is invited to teach others. */
export const MASTER_OVERALL = 80;

export interface FeedbackOptions {
  /** Photos in the assessment; fewer than 3 adds a "send more photos" tip when there is room. */
  photoCount?: number;
}

/**
 * Two to four short, encouraging lines: first praise for her strongest evidence, then concrete
 * suggestions for her weakest evidence (up to three, weakest first). When nothing is weak, a
 * stretch goal instead (and, from master level, an invitation to teach).
 */
export function feedbackKeys(
  scores: Pick<Scores, 'overall'>,
  evidence: EvidenceFeatures,
  options: FeedbackOptions = {},
): MessageKey[] {
  const ranked = [...EVIDENCE_NAMES].sort((a, b) => evidence[a] - evidence[b] || a.localeCompare(b));
  const strongest = ranked[ranked.length - 1]!;
  const keys: MessageKey[] = [
    evidence[strongest] >= STRONG_EVIDENCE ? praiseKey(strongest) : 'praise.general',
  ];

  const weak = ranked.filter((n) => n !== strongest && evidence[n] < WEAK_EVIDENCE).slice(0, 3);
  keys.push(...weak.map(suggestKey));
  if (weak.length === 0)
    keys.push(scores.overall >= MASTER_OVERALL ? 'suggest.teachOthers' : 'suggest.keepGoing');
  if (weak.length <= 1 && scores.overall >= MASTER_OVERALL && !keys.includes('suggest.teachOthers'))
    keys.push('suggest.teachOthers');
  if ((options.photoCount ?? 3) < 3 && keys.length < 4) keys.push('suggest.morePhotos');
  if (keys.length < 2) keys.push('suggest.keepGoing');
  return keys.slice(0, 4);
}

export function buildFeedback(
  scores: Pick<Scores, 'overall'>,
  evidence: EvidenceFeatures,
  lang: Lang,
  options: FeedbackOptions = {},
): string[] {
  return feedbackKeys(scores, evidence, options).map((key) => t(lang, key));
}

const suggestKey = (name: EvidenceName): MessageKey => `suggest.${name}`;
const praiseKey = (name: EvidenceName): MessageKey => `praise.${name}`;
