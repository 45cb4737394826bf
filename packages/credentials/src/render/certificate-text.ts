import type { Lang } from '@shebalance/core/i18n/lang';
import type { LocalizedText, SkillLevel, SkillScores } from '../credential/types';
import { formatDate, t, type MessageKey } from '../i18n/messages';

/** What a certificate shows. Never her phone number or location. */
export interface CertificateInput {
  lang: Lang;
  /** Her display name as she chose it. */
  name: string;
  craft: LocalizedText | string;
  level: SkillLevel;
  date: Date;
  /** Public verification page (`/verify/:id`), encoded in the QR code. */
  verifyUrl: string;
  scores: SkillScores;
}

export interface ScoreCell {
  label: string;
  labelEn?: string;
  value: string;
}

/** Localized lines of the certificate: her language first, English underneath when different. */
export interface CertificateText {
  title: string;
  titleEn?: string;
  awardedTo: string;
  awardedToEn?: string;
  name: string;
  craftLine: string;
  craftLineEn?: string;
  forSkill: string;
  scores: ScoreCell[];
  date: string;
  issuedBy: string;
  scanToVerify: string;
  verifyUrl: string;
}

const SCORE_KEYS: (keyof SkillScores & MessageKey)[] = ['technique', 'complexity', 'quality', 'overall'];

function craftIn(craft: LocalizedText | string, lang: Lang): string {
  if (typeof craft === 'string') return craft;
  return (lang === 'en' ? craft.en : craft[lang]) ?? craft.en;
}

export function certificateText(input: CertificateInput): CertificateText {
  const { lang } = input;
  const bilingual = lang !== 'en';
  const craftLine = (l: Lang) =>
    t(l, 'craftLevel', {
      craft: craftIn(input.craft, l),
      level: input.level,
      levelName: t(l, `level${input.level}` as MessageKey),
    });
  return {
    title: t(lang, 'certTitle'),
    ...(bilingual ? { titleEn: t('en', 'certTitle') } : {}),
    awardedTo: t(lang, 'awardedTo'),
    ...(bilingual ? { awardedToEn: t('en', 'awardedTo') } : {}),
    name: input.name,
    craftLine: craftLine(lang),
    ...(bilingual ? { craftLineEn: craftLine('en') } : {}),
    forSkill: t(lang, 'forSkill'),
    scores: SCORE_KEYS.map((key) => ({
      label: t(lang, key),
      ...(bilingual ? { labelEn: t('en', key) } : {}),
      value: `${Math.round(input.scores[key])}/100`,
    })),
    date: t(lang, 'date', { date: formatDate(lang, input.date) }),
    issuedBy: t(lang, 'issuedBy'),
    scanToVerify: t(lang, 'scanToVerify'),
    verifyUrl: input.verifyUrl,
  };
}

export const COLORS = {
  paper: '#FFF9F0',
  maroon: '#7A1F3D',
  gold: '#C9A227',
  ink: '#1F1A17',
  grey: '#6B625C',
  box: '#F6EBDD',
};
